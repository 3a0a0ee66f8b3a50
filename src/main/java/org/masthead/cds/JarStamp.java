package org.masthead.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * What an archive is made for: the JVM, the jar and the jars its manifest names, by path, size and
 * time. The JVM refuses an archive whose class path changed; a new build gets a new name instead,
 * so it is recorded again rather than refused at every start.
 */
public final class JarStamp {
    private JarStamp() {}

    public static String of(Path jar, String javaHome, String vmVersion) throws IOException {
        StringBuilder what =
                new StringBuilder(javaHome).append('\n').append(vmVersion).append('\n');
        add(what, jar);
        String classPath;
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
        if (classPath != null) {
            Path dir = jar.toAbsolutePath().getParent();
            for (String entry : classPath.trim().split("\\s+")) {
                if (!entry.isEmpty()) add(what, dir.resolve(entry));
            }
        }
        try {
            byte[] sum =
                    MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sum, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void add(StringBuilder what, Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        what.append(abs).append(' ');
        if (Files.exists(abs)) {
            what.append(Files.size(abs))
                    .append(' ')
                    .append(Files.getLastModifiedTime(abs).toMillis());
        } else {
            what.append("missing");
        }
        what.append('\n');
    }
}
