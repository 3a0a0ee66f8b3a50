package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.masthead.source.FileGuard;

/** What a document knows of its file: the version last read or written here, or that the file is gone. */
public final class DiskState {
    private final Supplier<Path> path;
    private final Runnable changed;
    private DiskVersion version;
    private boolean missing;

    /** {@code changed} tells the document's listeners (a change of what is on disk). */
    DiskState(Supplier<Path> path, Runnable changed) {
        this.path = path;
        this.changed = changed;
    }

    /** The file's version when it was last read or written here; null for a new article. */
    public DiskVersion version() {
        return version;
    }

    /**
     * The file's version now, when another program changed it since it was last read or written
     * here; empty when it is unchanged, gone, or the article was never saved.
     */
    public Optional<DiskVersion> newer() throws IOException {
        if (path.get() == null || version == null) return Optional.empty();
        return DiskVersion.read(path.get()).filter(v -> !v.equals(version));
    }

    /** The writer chose to keep their text over the file's new version: saving may now replace it. */
    public void accept(DiskVersion v) {
        version = v;
        missing = false;
        changed.run();
    }

    /** The file was deleted or moved away: the text is only here now, so it counts as unsaved. */
    public void markMissing() {
        if (missing) return;
        missing = true;
        changed.run();
    }

    public boolean isMissing() {
        return missing;
    }

    /** Read or written here: this is the file's version now. */
    void known(byte[] bytes) {
        version = DiskVersion.of(bytes);
        missing = false;
    }

    /** Whether another program wrote {@code file} since (read under the save's guard). */
    boolean changedSince(FileGuard guard, Path file) throws IOException {
        return version != null
                && !missing
                && Files.exists(file)
                && !DiskVersion.of(guard.read(file)).equals(version);
    }
}
