package org.masthead.ui.files;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Origin;
import org.masthead.document.Subscription;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;
import org.masthead.source.IoMessages;
import org.masthead.ui.Background;

/**
 * Keeps the unsaved text of every open article in the recovery folder: written within a second of
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
    /** The draft key of each open document (an untitled one has a key of its own). */
    private final Map<ArticleDocument, String> keys = new IdentityHashMap<>();

    private final Set<ArticleDocument> pending = Collections.newSetFromMap(new IdentityHashMap<>());
    private ArticleDocument lastChanged;
    private Consumer<ArticleDocument> autosave;
    private boolean autosaveOn;
    private boolean reportedProblem;

    /** @param problems where a failure to write a draft is reported (the status bar) */
    public DraftKeeper(RecoveryStore store, Consumer<String> problems) {
        this.store = store;
        this.problems = problems;
        draftTimer.setOnFinished(e -> writePending());
        autosaveTimer.setOnFinished(e -> {
            ArticleDocument d = lastChanged;
            if (autosaveOn && autosave != null && d != null && keys.containsKey(d) && d.isDirty()) autosave.accept(d);
        });
    }

    public RecoveryStore store() {
        return store;
    }

    /** Saving an article itself after a pause; {@code save} is the window's quiet save. */
    public void setAutosave(boolean on, Consumer<ArticleDocument> save) {
        autosaveOn = on;
        autosave = save;
        if (on && lastChanged != null && lastChanged.isDirty()) autosaveTimer.playFromStart();
    }

    /**
     * Keeps drafts of a document while it is open. Closing the returned subscription stops that
     * (the document's tab closed): its draft goes if the text is saved, else it stays.
     */
    public Subscription track(ArticleDocument document) {
        keys.put(document, store.keyFor(document.path()));
        if (document.isDirty()) schedule(document);
        Subscription listening = document.addListener(origin -> changed(document, origin));
        return () -> {
            listening.close();
            if (pending.remove(document)) write(document);
            String k = keys.remove(document);
            if (k != null && !document.isDirty()) deleteLater(k);
            if (lastChanged == document) lastChanged = null;
        };
    }

    /** Takes over a recovered draft as this document's own (it is rewritten at the next change). */
    public void adopt(ArticleDocument document, Draft orphan) {
        String k = keys.get(document);
        if (k == null) return;
        background(() -> {
            try {
                store.adopt(orphan, k);
            } catch (IOException e) {
                report(e);
            }
        });
        schedule(document);
    }

    /** The writer chose not to keep this document's unsaved text. */
    public void discard(ArticleDocument document) {
        pending.remove(document);
        String k = keys.get(document);
        if (k != null) deleteLater(k);
    }

    /** Writes the pending drafts now and waits for them (the window is closing or a test asks). */
    public void flush() {
        if (draftTimer.getStatus() == Animation.Status.RUNNING) {
            draftTimer.stop();
            writePending();
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
        if (!keys.containsKey(d)) return;
        if (origin == Origin.SAVE) {
            String old = keys.get(d);
            String now = store.keyFor(d.path());
            keys.put(d, now);
            pending.remove(d);
            if (d == lastChanged) autosaveTimer.stop();
            deleteLater(old);
            if (!old.equals(now)) deleteLater(now);
            return;
        }
        schedule(d);
        lastChanged = d;
        if (autosaveOn && d.isDirty()) autosaveTimer.playFromStart();
    }

    /** Not reset by later changes: while typing goes on, a draft is still written every second. */
    private void schedule(ArticleDocument d) {
        pending.add(d);
        if (draftTimer.getStatus() != Animation.Status.RUNNING) draftTimer.playFromStart();
    }

    private void writePending() {
        List<ArticleDocument> due = new ArrayList<>(pending);
        pending.clear();
        due.forEach(this::write);
    }

    private void write(ArticleDocument d) {
        String k = keys.get(d);
        if (k == null) return;
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
