package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.function.Consumer;

import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * What happens when the article's file changes under the writer: nothing when the text is the
 * same, a reload when nothing is unsaved, a question when something is (keep mine, take theirs),
 * a message and the text kept when the file was deleted or moved. Never replaces another
 * program's change without asking.
 */
public final class ExternalChangePolicy {
    private final Dialogs dialogs;
    private final Consumer<ArticleDocument> reload;
    private final Consumer<String> status;

    /**
     * @param reload shows the file's new version in place of the document
     * @param status where messages go (the status bar)
     */
    public ExternalChangePolicy(Dialogs dialogs, Consumer<ArticleDocument> reload, Consumer<String> status) {
        this.dialogs = dialogs;
        this.reload = reload;
        this.status = status;
    }

    /** Looks at the file now (an event came, or the window got the focus). */
    public void check(ArticleDocument doc) {
        if (doc == null || doc.path() == null || doc.disk().version() == null) return;
        try {
            if (!Files.exists(doc.path())) {
                if (!doc.disk().isMissing()) {
                    doc.disk().markMissing();
                    status.accept(doc.article().displayName()
                            + " was deleted or moved. Your text is kept here; Save writes it again.");
                }
                return;
            }
            Optional<DiskVersion> now = doc.disk().newer();
            if (now.isEmpty()) return;
            ArticleDocument theirs = ArticleDocument.open(doc.path());
            if (theirs.article().text().equals(doc.article().text())) {
                doc.disk().accept(now.get());
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
        }
    }

    /**
     * Before a save: true when the file is as it was last read or written here, or the writer chose
     * to replace it; false when they took the other version or cancelled.
     */
    public boolean mayOverwrite(ArticleDocument doc) {
        try {
            Optional<DiskVersion> now = doc.disk().newer();
            if (now.isEmpty()) return true;
            return resolve(doc, ArticleDocument.open(doc.path()), now.get()) == Dialogs.ConflictAnswer.KEEP_MINE;
        } catch (IOException | SourceException e) {
            return true; // the save itself will say what is wrong with the file
        }
    }

    private Dialogs.ConflictAnswer resolve(ArticleDocument mine, ArticleDocument theirs, DiskVersion version) {
        Dialogs.ConflictAnswer answer = dialogs.fileChanged(mine, theirs);
        switch (answer) {
            case KEEP_MINE -> {
                mine.disk().accept(version);
                status.accept("Kept your text; saving will replace the file's new version.");
            }
            case TAKE_THEIRS -> {
                reload.accept(theirs);
                status.accept("Showing the file's new version.");
            }
            default -> {}
        }
        return answer;
    }
}
