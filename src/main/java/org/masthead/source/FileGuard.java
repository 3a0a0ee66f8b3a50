package org.masthead.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises read-edit-write cycles on one file across processes (two {@code masthead set} runs, the
 * window and a command): whoever holds the guard reads the file again and writes it, so no edit is
 * lost. The lock is an advisory lock on the file itself (no lock file left in the site); a save
 * replaces the file by rename, so after locking the guard checks that the name still leads to the
 * locked file and otherwise locks the new one. Within one JVM a plain lock per file does the same.
 * The system drops such a lock when this process closes any handle on the file, so while the guard
 * is held the file is read through {@link #read()}, never opened again.
 */
public final class FileGuard implements AutoCloseable {
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private FileGuard(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits for the file's guard. A file that does not exist yet, or cannot be opened for writing, is guarded within
     * this JVM only.
     */
    public static FileGuard acquire(Path file) throws IOException {
        Path key = key(file);
        ReentrantLock local = LOCAL.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            for (int attempt = 0; attempt < 1000; attempt++) {
                Object before = fileKey(key);
                if (before == null) return new FileGuard(local, null, null);
                FileChannel ch;
                try {
                    ch = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (AccessDeniedException | NoSuchFileException e) {
                    return new FileGuard(local, null, null);
                }
                FileLock l;
                try {
                    l = ch.lock();
                } catch (IOException | RuntimeException e) {
                    ch.close();
                    throw e;
                }
                if (Objects.equals(before, fileKey(key))) return new FileGuard(local, ch, l);
                l.release();
                ch.close(); // replaced while we waited: lock the file the name leads to now
            }
            throw new IOException(file + ": could not lock the file; it keeps being replaced");
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private static Path key(Path file) throws IOException {
        Path abs = file.toAbsolutePath().normalize();
        return Files.exists(abs) ? abs.toRealPath() : abs;
    }

    private static Object fileKey(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /** The file's bytes now, read through the locked handle. */
    public byte[] read(Path file) throws IOException {
        if (channel == null) return Files.readAllBytes(file);
        long size = channel.size();
        if (size > Integer.MAX_VALUE - 16) throw new IOException(file + ": too large to read");
        ByteBuffer buf = ByteBuffer.allocate((int) size);
        long pos = 0;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) break;
            pos += n;
        }
        return buf.position() == buf.capacity() ? buf.array() : Arrays.copyOf(buf.array(), buf.position());
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock != null) lock.release();
            if (channel != null) channel.close();
        } finally {
            local.unlock();
        }
    }
}
