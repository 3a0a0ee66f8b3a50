package org.masthead.ui.files;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Tells the window when another program touches the article's file: creates, changes or removes
 * it in its folder (an editor's save, a git pull, a move). The window then looks at the file
 * itself; the events only say when to look.
 */
final class DiskWatcher {
    /** Programs write a file in several steps (truncate, write, close): look once it has been quiet a moment. */
    private static final Duration SETTLE = Duration.millis(300);

    private final Runnable onChange;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private WatchService service;
    private Thread thread;
    private volatile Path watchedName;

    DiskWatcher(Runnable onChange) {
        this.onChange = onChange;
        // Not from the timer itself: a dialog may open, and JavaFX allows none during an animation pulse.
        settle.setOnFinished(e -> Platform.runLater(onChange));
    }

    /** Watches this file (null: none), replacing the one watched before. */
    synchronized void watch(Path file) {
        stop();
        if (file == null || file.toAbsolutePath().getParent() == null) return;
        Path dir = file.toAbsolutePath().getParent();
        watchedName = file.getFileName();
        try {
            service = FileSystems.getDefault().newWatchService();
            dir.register(
                    service,
                    StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (IOException | UnsupportedOperationException e) {
            service = null; // no watching here: the window still looks when it gets the focus
            return;
        }
        WatchService ws = service;
        thread = new Thread(() -> loop(ws), "masthead-disk-watch");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // Closing anyway.
                System.getLogger(DiskWatcher.class.getName())
                        .log(System.Logger.Level.DEBUG, "Closing the file watcher", e);
            }
        }
        service = null;
    }

    private void loop(WatchService ws) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> e : key.pollEvents()) {
                    if (e.kind() == StandardWatchEventKinds.OVERFLOW || watchedName.equals(e.context())) ours = true;
                }
                if (ours) Platform.runLater(settle::playFromStart);
                if (!key.reset()) return;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Stopped.
            System.getLogger(DiskWatcher.class.getName()).log(System.Logger.Level.DEBUG, "File watcher stopped: " + e);
        }
    }
}
