package org.masthead.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader never sees it half written and a failure leaves the old one as it
 * was: a temporary file in the same folder, flushed to disk, given the old file's mode, owner and
 * group, then renamed over it. A new file gets the mode the user's umask gives (a page a web server
 * must read is 0644 under 022). A file with several hard links is rewritten in place, so that every
 * name keeps the new text, once the new text is safe on disk beside it. Messages name the file
 * being saved, never the temporary one.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /**
     * @param path  the file; a symbolic link is followed to the file it names
     * @param force also replace a read-only file (no write permission for its owner)
     */
    public static void write(Path path, byte[] bytes, boolean force) throws IOException {
        Path target = Files.isSymbolicLink(path) ? path.toRealPath() : path.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir))
            throw new NoSuchFileException(String.valueOf(dir), null, "folder does not exist");
        PosixFileAttributes old = attributes(target);
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(
                    target.toString(), null, "not a regular file; only regular files are written");
        }
        if (exists
                && !force
                && (!Files.isWritable(target)
                        || (old != null && !old.permissions().contains(PosixFilePermission.OWNER_WRITE)))) {
            throw new ReadOnlyFileException(target);
        }
        Path tmp;
        try {
            tmp = exists
                    ? Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp")
                    : createWithUmask(dir, target);
        } catch (IOException e) {
            throw naming(target, e);
        }
        boolean keepTmp = false;
        try {
            writeSynced(tmp, bytes);
            if (old != null) keepAttributes(tmp, old);
            if (exists && links(target) > 1) {
                keepTmp = true; // holds the new text until the in-place write below is on disk
                writeSynced(target, bytes);
                keepTmp = false;
                return;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            IOException named = naming(target, e);
            if (keepTmp) named.addSuppressed(new IOException("the new text is kept in " + tmp));
            throw named;
        } finally {
            if (!keepTmp) Files.deleteIfExists(tmp);
        }
    }

    /** A new temporary file created without explicit permissions, so the umask decides them. */
    private static Path createWithUmask(Path dir, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static void writeSynced(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
    }

    /** Mode always; owner and group where the system allows it (as root, or a group the user is in). */
    private static void keepAttributes(Path tmp, PosixFileAttributes old) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!now.group().equals(old.group())) view.setGroup(old.group());
            if (!now.owner().equals(old.owner())) view.setOwner(old.owner());
        } catch (IOException | UnsupportedOperationException e) {
            // Not permitted for this user: the file becomes theirs, as with any editor that saves by rename.
            System.getLogger(AtomicFile.class.getName())
                    .log(
                            System.Logger.Level.INFO,
                            "Saved file keeps this user as owner, not " + old.owner() + ":" + old.group() + ": " + e);
        }
        view.setPermissions(old.permissions());
    }

    private static PosixFileAttributes attributes(Path target) {
        try {
            return Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static int links(Path target) {
        try {
            return ((Number) Files.getAttribute(target, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue();
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    /** The same failure, told about the file being saved (a full disk, a denied folder...). */
    private static IOException naming(Path target, IOException e) {
        String reason = e instanceof FileSystemException f && f.getReason() != null
                ? f.getReason()
                : e.getMessage() != null && !(e instanceof FileSystemException) ? e.getMessage() : null;
        IOException named;
        if (e instanceof ReadOnlyFileException) return e;
        if (e instanceof AccessDeniedException) named = new AccessDeniedException(target.toString(), null, reason);
        else if (e instanceof NoSuchFileException) named = new NoSuchFileException(target.toString(), null, reason);
        else
            named = new FileSystemException(
                    target.toString(), null, reason == null ? e.getClass().getSimpleName() : reason);
        named.initCause(e);
        return named;
    }
}
