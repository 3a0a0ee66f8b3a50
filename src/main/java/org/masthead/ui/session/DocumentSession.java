package org.masthead.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.util.Duration;

import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.check.CheckReport;
import org.masthead.check.Finding;
import org.masthead.check.Readability;
import org.masthead.document.ArticleDocument;
import org.masthead.document.Origin;
import org.masthead.document.Subscription;
import org.masthead.spell.Speller;
import org.masthead.text.TextStats;

/**
 * One open article and what is derived from it: its version (a count of changes), the checks'
 * findings and the body's counts, as properties that views observe. Everything the session or its
 * views subscribe to is registered with it, and {@link #close()} releases all of it, so a closed
 * article is not kept alive by the window, nor the window by the article.
 */
public final class DocumentSession {
    private final ArticleDocument document;
    private final ExecutorService checker;
    private final Supplier<Speller> speller;
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ReadOnlyObjectWrapper<Origin> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private final ReadOnlyObjectWrapper<Checked> checked = new ReadOnlyObjectWrapper<>(this, "checked");
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(250));
    private final List<Subscription> owned = new ArrayList<>();
    private boolean closed;

    /**
     * @param checker      the window's thread for checks, shared by its sessions
     * @param lastVersion  the version the window showed last: versions go on rising from session to
     *                     session, so a view never mistakes a new article's change for one it showed
     * @param speller      the article's speller now (asked on the FX thread before each check)
     */
    public DocumentSession(
            ArticleDocument document, ExecutorService checker, long lastVersion, Supplier<Speller> speller) {
        this.document = document;
        this.checker = checker;
        this.speller = speller;
        this.version.set(lastVersion);
        checkDelay.setOnFinished(e -> runChecks());
        own(document.addListener(this::changed));
    }

    public ArticleDocument document() {
        return document;
    }

    /** Counts the document's changes (going on from the window's last); the preview reports the last it shows. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** Where the last change came from (LOAD when the session starts). */
    public ReadOnlyObjectProperty<Origin> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /**
     * What the checks found in one version of the text, and the body's counts.
     *
     * @param version     the session's version that was checked: each result is a new value, so
     *                    observers hear of every run, also one that found the same as the last
     * @param readability the body's reading ease and long sentences (null when the header does not parse)
     */
    public record Checked(long version, List<Finding> findings, TextStats stats, Readability.Result readability) {
        public Checked(long version, List<Finding> findings, TextStats stats) {
            this(version, findings, stats, null);
        }

        /** How many words the spelling marked. */
        public long misspelt() {
            return findings.stream()
                    .filter(f -> Finding.SPELLING.equals(f.rule()))
                    .count();
        }
    }

    /** The last check of the text (null until the first), a quarter second after typing pauses. */
    public ReadOnlyObjectProperty<Checked> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    /** Registers something to release when the session closes. */
    public void own(Subscription s) {
        if (closed) s.close();
        else owned.add(s);
    }

    /** Observes a value while the session is open (the listener is removed when it closes). */
    public <T> void observe(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        own(() -> value.removeListener(listener));
    }

    /** Starts the session: the views observing it see the document as loaded. */
    public void start() {
        changed(Origin.LOAD);
    }

    public boolean isClosed() {
        return closed;
    }

    /** Releases every subscription and stops pending checks; the document itself is left as it is. */
    public void close() {
        if (closed) return;
        closed = true;
        checkDelay.stop();
        Subscription.all(owned).close();
        owned.clear();
    }

    private void changed(Origin origin) {
        if (closed) return;
        lastChange.set(origin);
        version.set(version.get() + 1);
        checkDelay.playFromStart();
    }

    /** Checks again now (the speller changed: a dictionary loaded, a word added or ignored). */
    public void recheck() {
        if (closed) return;
        checkDelay.stop();
        runChecks();
    }

    private void runChecks() {
        if (closed || checker.isShutdown()) return;
        Article a = document.article();
        var profile = document.profile();
        long v = version.get();
        Speller s = speller.get();
        checker.execute(() -> {
            CheckReport report = ArticleChecker.report(a, profile, s, 0);
            Checked result = new Checked(v, report.findings(), TextStats.of(a.body()), report.readability());
            Platform.runLater(() -> {
                if (!closed && document.article() == a) checked.set(result);
            });
        });
    }
}
