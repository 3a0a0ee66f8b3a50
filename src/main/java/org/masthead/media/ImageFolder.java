package org.masthead.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The site's image folder, made where missing, only inside the site: no folder on the way may be
 * a link that leads out of it. New files appear whole under a name nobody has (written beside it
 * first, then linked to their name, which fails rather than replace a file).
 */
final class ImageFolder {
    private static final int MAX_TRIES = 10_000;
    private final Path folder;

    private ImageFolder(Path folder) {
        this.folder = folder;
    }

    static ImageFolder in(Path siteRoot, String relative) throws IOException {
        Path root = siteRoot.toRealPath();
        Path at = root;
        for (Path part : Path.of(relative)) {
            at = at.resolve(part);
            if (!Files.exists(at, LinkOption.NOFOLLOW_LINKS)) Files.createDirectory(at);
            Path real = at.toRealPath();
            if (!real.startsWith(root))
                throw new IOException("the images folder " + relative + " leads out of the site (a link)");
            if (!Files.isDirectory(real)) throw new IOException(at + " is not a folder");
            at = real;
        }
        if (!Files.isWritable(at)) throw new IOException("the images folder " + at + " is read-only");
        return new ImageFolder(at);
    }

    /**
     * Writes {@code bytes} under the first free name {@code bases} gives for 1, 2, … with the
     * extension; a name is taken by an image of any format ({@code x-1.png} takes {@code x-1.jpg}).
     */
    Path createNew(IntFunction<String> bases, String extension, byte[] bytes) throws IOException {
        Path temp = folder.resolve(".masthead-" + UUID.randomUUID() + ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) ch.write(b);
            ch.force(true);
        }
        try {
            for (int n = 1; n <= MAX_TRIES; n++) {
                String base = bases.apply(n);
                if (taken(base)) continue;
                Path target = folder.resolve(base + "." + extension);
                try {
                    place(temp, target);
                    return target;
                } catch (FileAlreadyExistsException e) {
                    // Taken between the look and the write: the next number.
                }
            }
            throw new IOException("no free name in " + folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private boolean taken(String base) {
        for (String ext : ImageImport.EXTENSIONS) {
            if (Files.exists(folder.resolve(base + "." + ext), LinkOption.NOFOLLOW_LINKS)) return true;
        }
        return false;
    }

    /** Gives the written file its name without ever replacing one (a hard link fails if the name exists). */
    private static void place(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException taken) throw taken;
            // No hard links here (some network and FAT file systems): copy, which also refuses an existing name.
            Files.copy(temp, target);
        }
    }
}
