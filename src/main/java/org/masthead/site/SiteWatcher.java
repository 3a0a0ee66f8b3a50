package org.masthead.site;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.masthead.article.ArticleFinder;

/**
 * Tells which articles of a site changed on disk (another editor, {@code git pull}, files added,
 * removed or renamed), a batch at a time once the disk is quiet for a moment. When the system lost
 * track (too many events), the batch is empty: everything must be looked at again.
 */
public final class SiteWatcher implements AutoCloseable {
    private static final long QUIET_MS = 300;

    private final Path root;
    private final WatchService watch;
    private final Consumer<Set<Path>> changed;
    private final Thread thread;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();

    /** {@code changed} is called on the watcher's own thread. */
    public SiteWatcher(Path root, Consumer<Set<Path>> changed) throws IOException {
        this.root = root;
        this.changed = changed;
        this.watch = root.getFileSystem().newWatchService();
        registerAll(root);
        thread = new Thread(this::run, "masthead-site-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerAll(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                if (!d.equals(root) && n.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                folders.add(d);
                d.register(
                        watch,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder is the index's to report
            }
        });
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new HashSet<>();
                boolean lost = take(watch.take(), batch);
                WatchKey more;
                while ((more = watch.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) lost |= take(more, batch);
                if (lost) changed.accept(Set.of());
                else if (!batch.isEmpty()) changed.accept(batch);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's article paths to the batch; true when events were lost. */
    private boolean take(WatchKey key, Set<Path> batch) {
        boolean lost = false;
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            Path p = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerAll(p);
                } catch (IOException e) {
                    lost = true;
                }
                lost = true; // a new folder may already hold articles: look at all again
            } else if (ArticleFinder.isArticle(p)) {
                batch.add(p);
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.remove(p)) {
                lost = true; // a folder went, its articles with it
            }
        }
        key.reset();
        return lost;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            System.getLogger(SiteWatcher.class.getName()).log(System.Logger.Level.DEBUG, "closing the watch", e);
        }
        thread.interrupt();
    }
}
