package org.masthead.theme;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Tells when a file of the site's look changes on disk (the template, a partial, a stylesheet),
 * saved by another editor: file events on their folders, gathered until they pause for 100 ms, so a
 * save that writes a file in steps reloads the preview once.
 */
public final class ThemeWatcher implements AutoCloseable {
    private static final long QUIET_MS = 100;

    private final WatchService watch;
    private final Runnable changed;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    /** {@code changed} runs on the watcher's own thread. */
    public ThemeWatcher(Path anyFile, Runnable changed) throws IOException {
        this.watch = anyFile.getFileSystem().newWatchService();
        this.changed = changed;
        thread = new Thread(this::run, "masthead-theme-watch");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches these files too (a theme read again may name new partials). */
    public void watch(Collection<Path> more) {
        for (Path f : more) {
            Path abs = f.toAbsolutePath().normalize();
            files.add(abs);
            Path dir = abs.getParent();
            if (dir == null || !Files.isDirectory(dir) || !folders.add(dir)) continue;
            try {
                dir.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException | ClosedWatchServiceException e) {
                folders.remove(dir);
            }
        }
    }

    private void run() {
        try {
            while (true) {
                boolean hit = take(watch.take());
                WatchKey more;
                while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) hit |= take(more);
                if (hit) changed.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean take(WatchKey key) {
        boolean hit = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) hit = true;
            else if (files.contains(dir.resolve((Path) event.context()))) hit = true;
        }
        key.reset();
        return hit;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            System.getLogger(ThemeWatcher.class.getName()).log(System.Logger.Level.DEBUG, "closing the watch", e);
        }
        thread.interrupt();
    }
}
