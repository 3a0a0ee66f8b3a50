package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the article's file held when it was last read or written here, as a digest of its bytes:
 * how the window tells another program's change (an editor, a git pull) from its own.
 */
public final class DiskVersion {
    private final byte[] digest;

    private DiskVersion(byte[] digest) {
        this.digest = digest;
    }

    public static DiskVersion of(byte[] bytes) {
        try {
            return new DiskVersion(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's version now; empty when it no longer exists. */
    public static Optional<DiskVersion> read(Path file) throws IOException {
        try {
            return Optional.of(of(Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiskVersion d && Arrays.equals(digest, d.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }
}
