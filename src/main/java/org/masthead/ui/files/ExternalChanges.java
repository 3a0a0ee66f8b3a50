package org.masthead.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.masthead.document.ArticleDocument;
import org.masthead.document.DiskVersion;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * What the window does when the article's file changes under it: reloads it when there is
 * nothing unsaved, asks (keep mine, take theirs, compare) when there is, and reports a deleted or
 * moved file while keeping the text. Never overwrites another program's change without asking.
 */
public final class ExternalChanges {
    // Enter keeps the writer's text: the safe answer is the default one.
    public static final ButtonType KEEP_MINE = new ButtonType("Keep Mine", ButtonBar.ButtonData.YES);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take Theirs", ButtonBar.ButtonData.NO);
    public static final ButtonType COMPARE = new ButtonType("Compare…", ButtonBar.ButtonData.OTHER);

    /** What the writer chose about a changed file. */
    public enum Choice { KEEP_MINE, TAKE_THEIRS, CANCEL }

    private final Window owner;
    private final Supplier<ArticleDocument> current;
    private final Consumer<ArticleDocument> reload;
    private final Consumer<String> status;
    private final DiskWatcher watcher;
    private boolean busy;

    /**
     * @param current the document shown
     * @param reload  shows the file's new version in place of the document
     * @param status  where messages go (the status bar)
     */
    public ExternalChanges(Window owner, Supplier<ArticleDocument> current, Consumer<ArticleDocument> reload, Consumer<String> status) {
        this.owner = owner;
        this.current = current;
        this.reload = reload;
        this.status = status;
        this.watcher = new DiskWatcher(this::check);
    }

    /** Watches the shown document's file. */
    public void watch(ArticleDocument doc) {
        watcher.watch(doc.path());
    }

    public void stop() { watcher.stop(); }

    /** Looks at the file now (an event came, or the window got the focus). */
    public void check() {
        ArticleDocument doc = current.get();
        if (busy || doc == null || doc.path() == null || doc.diskVersion() == null) return;
        busy = true;
        try {
            if (!Files.exists(doc.path())) {
                if (!doc.isMissingOnDisk()) {
                    doc.markMissingOnDisk();
                    status.accept(doc.article().displayName() + " was deleted or moved. Your text is kept here; Save writes it again.");
                }
                return;
            }
            Optional<DiskVersion> now = doc.newerOnDisk();
            if (now.isEmpty()) return;
            ArticleDocument theirs = ArticleDocument.open(doc.path());
            if (theirs.article().text().equals(doc.article().text())) {
                doc.acceptDiskVersion(now.get());
            } else if (!doc.isDirty()) {
                reload.accept(theirs);
                status.accept("Reloaded " + doc.article().displayName() + ": another program changed it.");
            } else {
                resolve(doc, theirs, now.get());
            }
        } catch (IOException e) {
            status.accept("Could not read " + doc.article().displayName() + " again: " + IoMessages.describe(e));
        } catch (SourceException e) {
            status.accept(e.getMessage());
        } finally {
            busy = false;
        }
    }

    /**
     * Before a save: true when the file is as it was last read or written here, or the writer chose
     * to replace it; false when they took the other version or cancelled.
     */
    public boolean mayOverwrite(ArticleDocument doc) {
        try {
            Optional<DiskVersion> now = doc.newerOnDisk();
            if (now.isEmpty()) return true;
            ArticleDocument theirs = ArticleDocument.open(doc.path());
            busy = true;
            try {
                return resolve(doc, theirs, now.get()) == Choice.KEEP_MINE;
            } finally {
                busy = false;
            }
        } catch (IOException | SourceException e) {
            return true; // the save itself will say what is wrong with the file
        }
    }

    private Choice resolve(ArticleDocument mine, ArticleDocument theirs, DiskVersion version) {
        while (true) {
            Alert a = new Alert(Alert.AlertType.WARNING, "", KEEP_MINE, TAKE_THEIRS, COMPARE, ButtonType.CANCEL);
            a.initOwner(owner);
            a.setTitle("File changed on disk");
            a.setHeaderText(mine.article().displayName() + " was changed by another program, and you have unsaved changes.");
            a.setContentText("Keep Mine keeps your text (saving will replace the file); Take Theirs shows the file's new "
                    + "version and drops your unsaved changes; Compare shows the differences first.");
            a.getDialogPane().setId("disk-conflict-dialog");
            ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == COMPARE) {
                DiffView.show(owner, "Your text and the file", "the file on disk", theirs.article().text(), "your text",
                        mine.article().text());
                continue;
            }
            if (answer == KEEP_MINE) {
                mine.acceptDiskVersion(version);
                status.accept("Kept your text; saving will replace the file's new version.");
                return Choice.KEEP_MINE;
            }
            if (answer == TAKE_THEIRS) {
                reload.accept(theirs);
                status.accept("Showing the file's new version.");
                return Choice.TAKE_THEIRS;
            }
            return Choice.CANCEL;
        }
    }
}
