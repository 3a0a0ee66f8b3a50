package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.masthead.document.ArticleDocument;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;
import org.masthead.recovery.Draft;
import org.masthead.ui.files.DraftKeeper;
import org.masthead.ui.files.FileActions;

/**
 * What the File menu does to the shown article: open a file, a new article or a recovered draft
 * (each asks first about unsaved changes; the window only shows the document it is given), save,
 * export, save automatically, convert to UTF-8.
 */
final class DocumentCommands {
    private final FileActions files;
    private final DraftKeeper drafts;
    private final Supplier<ArticleDocument> current;
    private final Consumer<ArticleDocument> show;
    private final Consumer<String> status;
    private final AppPrefs prefs;

    DocumentCommands(
            FileActions files,
            DraftKeeper drafts,
            AppPrefs prefs,
            Supplier<ArticleDocument> current,
            Consumer<ArticleDocument> show,
            Consumer<String> status) {
        this.files = files;
        this.prefs = prefs;
        this.drafts = drafts;
        this.current = current;
        this.show = show;
        this.status = status;
    }

    /** The article the window shows (null before the first). */
    ArticleDocument shown() {
        return current.get();
    }

    boolean confirmDiscard() {
        ArticleDocument doc = current.get();
        Path before = doc == null ? null : doc.path();
        boolean goOn = files.confirmDiscard(doc);
        // "Save" in that question may have given a new article its file: remember it like Save As does.
        if (doc != null && doc.path() != null && !doc.path().equals(before)) prefs.opened(doc.path());
        return goOn;
    }

    /** Opens a file after asking about unsaved changes; false if it did not open. */
    boolean open(Path file) {
        if (!confirmDiscard()) return false;
        Optional<ArticleDocument> read = files.read(file);
        read.ifPresent(show);
        return read.isPresent();
    }

    void openChosen() {
        files.chooseToOpen(current.get()).ifPresent(this::open);
    }

    void newArticle() {
        if (!confirmDiscard()) return;
        ArticleDocument doc = current.get();
        show.accept(ArticleDocument.untitled(doc != null ? doc.schema() : BuiltInSchemas.ARTICLE, profileForNew()));
    }

    /** Closes the article (asking first about unsaved changes); the window stays, with a new one. */
    void closeArticle() {
        ArticleDocument doc = current.get();
        if (doc == null || !confirmDiscard()) return;
        String name = doc.article().displayName();
        show.accept(ArticleDocument.untitled(doc.schema(), profileForNew()));
        status.accept("Closed " + name + ".");
    }

    /** Undoes the article's last step, wherever it was made. */
    void undo() {
        ArticleDocument doc = current.get();
        if (doc != null && !doc.history().undo()) status.accept("Nothing to undo.");
    }

    void redo() {
        ArticleDocument doc = current.get();
        if (doc != null && !doc.history().redo()) status.accept("Nothing to redo.");
    }

    /** Opens a recovered draft, unsaved, over its file (which stays as it is until saved). */
    void restoreDraft(Draft d) {
        if (!confirmDiscard()) return;
        ArticleDocument restored;
        if (d.article().isPresent() && Files.isRegularFile(d.article().get())) {
            Optional<ArticleDocument> read = files.read(d.article().get());
            if (read.isEmpty()) return;
            restored = read.get();
        } else {
            restored = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, profileForNew());
        }
        restored.restore(d.text());
        show.accept(restored);
        drafts.adopt(d);
        status.accept("Restored unsaved text of " + d.displayName() + ". Save to keep it.");
    }

    boolean save() {
        return saved(files.save(current.get()));
    }

    boolean saveAs() {
        return saved(files.saveAs(current.get()));
    }

    /**
     * Says that a save happened, so the writer need not wonder, and puts the file first among the
     * recent ones: after Save As, or the first save of a new article, it is a file the list lacks.
     */
    private boolean saved(boolean done) {
        ArticleDocument doc = current.get();
        if (done && doc != null && doc.path() != null) prefs.opened(doc.path());
        if (done && doc != null && !doc.isDirty())
            status.accept("Saved " + doc.article().displayName() + ".");
        return done;
    }

    void export() {
        files.export(current.get());
    }

    boolean autosave() {
        return prefs.getFlag("autosave", false);
    }

    void setAutosave(boolean on) {
        prefs.putFlag("autosave", on);
        drafts.setAutosave(on, () -> files.saveQuietly(current.get()));
    }

    void convertToUtf8() {
        ArticleDocument doc = current.get();
        if (doc != null && !doc.article().isUtf8()) {
            doc.convertToUtf8();
            status.accept(doc.article().displayName() + " will be saved as UTF-8.");
        }
    }

    private SiteProfile profileForNew() {
        ArticleDocument doc = current.get();
        return doc != null ? doc.profile() : SiteProfile.defaults(Path.of(System.getProperty("user.home")));
    }
}
