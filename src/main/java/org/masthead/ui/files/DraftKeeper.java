package org.masthead.ui.files;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import org.masthead.document.ArticleDocument;
import org.masthead.document.ArticleDocument.Origin;
import org.masthead.document.Subscription;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;
import org.masthead.source.IoMessages;
import org.masthead.ui.Background;

/**
 * Keeps the unsaved text of the document shown in the recovery folder: written within a second of
 * a change (and again a second after each later one while typing goes on), on a thread of its own,
 * and removed once the text is saved or deliberately discarded. Optionally it also saves the
 * article itself a couple of seconds after typing pauses.
 */
public final class DraftKeeper {
    static final Duration DRAFT_DELAY = Duration.millis(1000);
    static final Duration AUTOSAVE_PAUSE = Duration.millis(2000);

    private final RecoveryStore store;
    private final Consumer<String> problems;
    private final PauseTransition draftTimer = new PauseTransition(DRAFT_DELAY);
    private final PauseTransition autosaveTimer = new PauseTransition(AUTOSAVE_PAUSE);
    private final ExecutorService io = Background.singleThread("masthead-drafts");
    private ArticleDocument doc;
    private String key;
    private Runnable autosave;
    private boolean autosaveOn;
    private boolean reportedProblem;

    /** @param problems where a failure to write a draft is reported (the status bar) */
    public DraftKeeper(RecoveryStore store, Consumer<String> problems) {
        this.store = store;
        this.problems = problems;
        draftTimer.setOnFinished(e -> writeNow());
        autosaveTimer.setOnFinished(e -> {
            if (autosaveOn && autosave != null && doc != null && doc.isDirty()) autosave.run();
        });
    }

    public RecoveryStore store() {
        return store;
    }

    /** Saving the article itself after a pause; {@code save} is the window's quiet save. */
    public void setAutosave(boolean on, Runnable save) {
        autosaveOn = on;
        autosave = save;
        if (on && doc != null && doc.isDirty()) autosaveTimer.playFromStart();
    }

    /**
     * Follows a newly shown document; the one shown before was saved or discarded by the writer.
     * Closing the returned subscription stops following it.
     */
    public Subscription track(ArticleDocument document) {
        if (doc != null && key != null) deleteLater(key);
        doc = document;
        key = store.keyFor(document.path());
        if (document.isDirty()) draftTimer.playFromStart();
        return document.addListener(origin -> changed(document, origin));
    }

    /** Takes over a recovered draft as this document's own (it is rewritten at the next change). */
    public void adopt(Draft orphan) {
        String k = key;
        background(() -> {
            try {
                store.adopt(orphan, k);
            } catch (IOException e) {
                report(e);
            }
        });
        draftTimer.playFromStart();
    }

    /** The writer chose not to keep the unsaved text. */
    public void discard() {
        draftTimer.stop();
        if (key != null) deleteLater(key);
    }

    /** Writes the pending draft now and waits for it (the window is closing or a test asks). */
    public void flush() {
        if (draftTimer.getStatus() == Animation.Status.RUNNING) {
            draftTimer.stop();
            writeNow();
        }
        try {
            io.submit(() -> {}).get();
        } catch (Exception e) {
            // Nothing more to wait for.
            System.getLogger(DraftKeeper.class.getName())
                    .log(System.Logger.Level.DEBUG, "Waiting for the last draft write", e);
        }
    }

    public void shutdown() {
        draftTimer.stop();
        autosaveTimer.stop();
        io.shutdown();
    }

    private void changed(ArticleDocument d, Origin origin) {
        if (d != doc) return;
        if (origin == Origin.SAVE) {
            String old = key;
            key = store.keyFor(d.path());
            draftTimer.stop();
            autosaveTimer.stop();
            deleteLater(old);
            if (!old.equals(key)) deleteLater(key);
            return;
        }
        // Not reset by later changes: while typing goes on, a draft is still written every second.
        if (draftTimer.getStatus() != Animation.Status.RUNNING) draftTimer.playFromStart();
        if (autosaveOn && d.isDirty()) autosaveTimer.playFromStart();
    }

    private void writeNow() {
        ArticleDocument d = doc;
        if (d == null) return;
        String k = key;
        if (!d.isDirty()) {
            deleteLater(k);
            return;
        }
        String text = d.article().text();
        Path path = d.path();
        Charset cs = d.article().charset();
        boolean bom = d.article().hasBom();
        background(() -> {
            try {
                store.write(k, path, text, cs, bom);
                reportedProblem = false;
            } catch (IOException e) {
                report(e);
            }
        });
    }

    private void deleteLater(String k) {
        background(() -> {
            try {
                store.delete(k);
            } catch (IOException e) {
                report(e);
            }
        });
    }

    /** Runs file work off the FX thread; after shutdown there is nothing left to keep. */
    private void background(Runnable task) {
        if (!io.isShutdown()) io.execute(task);
    }

    private void report(IOException e) {
        if (reportedProblem) return;
        reportedProblem = true;
        String message = "Could not keep a recovery copy: " + IoMessages.describe(e);
        Platform.runLater(() -> problems.accept(message));
    }
}
