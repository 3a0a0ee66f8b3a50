package org.masthead.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file of the site's look. Only files whose real path is inside the site's folder are read,
 * so a template or a link in the theme folder cannot pull in a file from elsewhere on the disk.
 */
final class ThemeFile {
    static final long MAX_BYTES = 2L << 20;

    private ThemeFile() {}

    static String read(Path file, Path siteFolder) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "file not found");
        Path real = file.toRealPath();
        if (!real.startsWith(siteFolder.toRealPath()))
            throw new IOException("leads outside the site (to " + real + "), so it is not read");
        if (!Files.isRegularFile(real)) throw new IOException("not a file");
        if (Files.size(real) > MAX_BYTES) throw new IOException("larger than 2 MB");
        String text = new String(Files.readAllBytes(real), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Why a file could not be read, in a writer's words. */
    static String why(IOException e) {
        if (e instanceof NoSuchFileException) return "file not found";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
