package org.masthead.ui.site;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.masthead.site.SiteEntry;
import org.masthead.site.SiteValues;
import org.masthead.ui.Background;

/**
 * The site's list values, worked out again on a background thread whenever the index changes.
 * Changes that come while one is being built are coalesced: only the newest index is built next,
 * so a burst of file events costs one build, and typing in a chip field never waits for one.
 */
final class SiteValuesBuilder {
    private final ReadOnlyObjectWrapper<SiteValues> values =
            new ReadOnlyObjectWrapper<>(this, "values", SiteValues.EMPTY);
    private final ExecutorService worker = Background.singleThread("masthead-site-values");
    private final AtomicReference<List<SiteEntry>> pending = new AtomicReference<>();
    /** The index as last changed (FX thread): a build of an older one is dropped, a newer build is coming. */
    private List<SiteEntry> latest = List.of();

    SiteValuesBuilder(ObservableList<SiteEntry> entries) {
        entries.addListener((ListChangeListener<SiteEntry>) c -> changed(List.copyOf(entries)));
    }

    ReadOnlyObjectProperty<SiteValues> property() {
        return values.getReadOnlyProperty();
    }

    /** On the FX thread: the index now holds {@code entries}. */
    private void changed(List<SiteEntry> entries) {
        latest = entries;
        if (entries.isEmpty()) {
            pending.set(null);
            values.set(SiteValues.EMPTY);
            return;
        }
        if (pending.getAndSet(entries) != null) return; // a build is already queued: it takes these
        try {
            worker.execute(() -> {
                List<SiteEntry> newest = pending.getAndSet(null);
                if (newest == null) return;
                SiteValues built = SiteValues.of(newest);
                Platform.runLater(() -> {
                    if (latest == newest) values.set(built);
                });
            });
        } catch (RejectedExecutionException e) {
            pending.set(null); // the window has closed
        }
    }

    void dispose() {
        worker.shutdown();
    }
}
