package org.masthead.ui;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's side of the hand-over: a later launch's file opens here as File ▸ Open opens it
 * (asking first about unsaved changes), and the window comes to the front. A request that comes
 * while a question is open waits until it is answered, so dialogs never stack; of several that
 * wait, the last wins.
 */
final class HandOverReceiver {
    private static final System.Logger LOG = System.getLogger(HandOverReceiver.class.getName());

    private final Stage stage;
    private final MainWindow window;
    private final Consumer<Path> shown;
    private Path pending;
    private boolean busy;

    /**
     * @param shown told each file the window shows for a hand-over (start-up times print it)
     */
    HandOverReceiver(Stage stage, MainWindow window, Consumer<Path> shown) {
        this.stage = stage;
        this.window = window;
        this.shown = shown;
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            if (pending != null) Platform.runLater(this::openPending);
        });
    }

    /** On the FX thread: raises the window and opens {@code file}, if any. */
    void receive(Optional<Path> file) {
        raise();
        if (file.isEmpty()) return;
        pending = file.get();
        openPending();
    }

    private void openPending() {
        if (pending == null || busy || questionOpen()) return;
        Path file = pending;
        pending = null;
        busy = true;
        try {
            Path current = window.document() == null ? null : window.document().path();
            // The article already shown stays as it is, unsaved changes and all: nothing to ask.
            boolean open = file.equals(current) || window.open(file);
            if (open) {
                LOG.log(Level.INFO, "Opened " + file + ", handed over by another launch");
                shown.accept(file);
            }
        } finally {
            busy = false;
        }
        if (pending != null) Platform.runLater(this::openPending);
    }

    private boolean questionOpen() {
        return Window.getWindows().stream()
                .anyMatch(w -> w != stage && w.isShowing() && w instanceof Stage s && s.getModality() != Modality.NONE);
    }

    private void raise() {
        if (stage.isIconified()) stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }
}
