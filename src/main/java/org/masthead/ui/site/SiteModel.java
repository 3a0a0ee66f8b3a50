package org.masthead.ui.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.masthead.site.IndexCache;
import org.masthead.site.SiteEntry;
import org.masthead.site.SiteIndexer;
import org.masthead.site.SiteValues;
import org.masthead.site.SiteWatcher;
import org.masthead.ui.Background;

/**
 * The open site: its articles as the panel lists them, kept current. Opening shows the cached index
 * at once, then reads again what changed on a background thread (with progress, cancellable); file
 * events keep it current afterwards. Everything observable changes on the FX thread only.
 */
public final class SiteModel {
    private final ObservableList<SiteEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(this, "indexing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ExecutorService worker = Background.singleThread("masthead-site-index");
    private final SiteValuesBuilder values = new SiteValuesBuilder(entries);
    private final IndexCache cache;
    private final SiteIndexer indexer = new SiteIndexer();

    private volatile AtomicBoolean cancelled = new AtomicBoolean();
    private SiteWatcher watcher;
    /** Counts openings, so work for a site no longer open is dropped. */
    private long generation;

    public SiteModel(Path cacheFolder) {
        this.cache = new IndexCache(cacheFolder);
    }

    public ObservableList<SiteEntry> entries() {
        return entries;
    }

    public ReadOnlyObjectProperty<Path> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }

    /** How far indexing has come, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the site could not be indexed (a folder gone or unreadable); empty when it was. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The values of the site's list fields (tags…), rebuilt in the background as the index changes. */
    public ReadOnlyObjectProperty<SiteValues> valuesProperty() {
        return values.property();
    }

    /** Opens a site folder: its cached index at once, then what changed. */
    public void open(Path folder) {
        closeWatch();
        Path site = folder.toAbsolutePath().normalize();
        long gen = ++generation;
        root.set(site);
        entries.clear();
        problem.set("");
        cancelled.set(true);
        AtomicBoolean cancel = new AtomicBoolean();
        cancelled = cancel;
        indexing.set(true);
        progress.set(0);
        worker.execute(() -> {
            String stamp = SiteIndexer.stamp(site);
            List<SiteEntry> cached = cache.load(site, stamp).orElse(List.of());
            if (!cached.isEmpty()) fx(gen, () -> entries.setAll(cached));
            try {
                LatestOnFx<Double> shown = new LatestOnFx<>(p -> {
                    if (gen == generation) progress.set(p);
                });
                List<SiteEntry> fresh =
                        indexer.refresh(site, cached, (done, total) -> shown.post(done / (double) total), cancel::get);
                if (cancel.get()) {
                    fx(gen, () -> indexing.set(false));
                    return;
                }
                cache.store(site, stamp, fresh);
                // Registering every folder with the system walks the site: here, not on the FX thread.
                SiteWatcher started = watch(site, gen);
                fx(gen, () -> {
                    entries.setAll(fresh);
                    indexing.set(false);
                    closeWatch();
                    watcher = started;
                });
            } catch (IOException e) {
                fx(gen, () -> {
                    problem.set("The site cannot be read: " + e.getMessage());
                    indexing.set(false);
                });
            }
        });
    }

    /** Stops the indexing under way; what was read so far stays listed. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Reads again the articles a file event named (or the whole site, for an empty set). */
    void changed(Path site, long gen, Set<Path> paths) {
        if (paths.isEmpty()) {
            Platform.runLater(() -> {
                if (gen == generation) open(site);
            });
            return;
        }
        Map<Path, SiteEntry> read = new HashMap<>();
        for (Path p : paths) read.put(p, Files.isRegularFile(p) ? indexer.entry(p) : null);
        fx(gen, () -> {
            List<SiteEntry> next = new ArrayList<>(entries.size() + paths.size());
            for (SiteEntry e : entries) if (!read.containsKey(e.path())) next.add(e);
            read.values().stream().filter(e -> e != null).forEach(next::add);
            next.sort((a, b) -> a.path().compareTo(b.path()));
            entries.setAll(next);
            List<SiteEntry> snapshot = List.copyOf(next);
            submit(() -> cache.store(site, SiteIndexer.stamp(site), snapshot));
        });
    }

    private SiteWatcher watch(Path site, long gen) {
        try {
            return new SiteWatcher(site, paths -> submit(() -> changed(site, gen, paths)));
        } catch (IOException e) {
            fx(gen, () -> problem.set("Changes on disk are not followed: " + e.getMessage()));
            return null;
        }
    }

    /** Runs work on the site's thread; work that comes once the window has closed is dropped. */
    private void submit(Runnable work) {
        try {
            worker.execute(work);
        } catch (RejectedExecutionException e) {
            System.getLogger(SiteModel.class.getName()).log(System.Logger.Level.DEBUG, "the site is closed", e);
        }
    }

    private void fx(long gen, Runnable r) {
        Platform.runLater(() -> {
            if (gen == generation) r.run();
        });
    }

    private void closeWatch() {
        if (watcher != null) watcher.close();
        watcher = null;
    }

    public void dispose() {
        cancelled.set(true);
        closeWatch();
        values.dispose();
        // Not interrupted: a cache being written is finished (a cancelled refresh stops by itself).
        worker.shutdown();
    }
}
