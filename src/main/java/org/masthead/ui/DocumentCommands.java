package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.masthead.document.ArticleDocument;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;
import org.masthead.recovery.Draft;
import org.masthead.ui.files.DraftKeeper;
import org.masthead.ui.files.FileActions;
import org.masthead.ui.tabs.ArticleTab;
import org.masthead.ui.tabs.ArticleTabs;

/**
 * What the File menu does: open a file (in a tab of its own, or the tab it is open in already), a
 * new article or a recovered draft; close a tab (asking first about unsaved changes); save, export,
 * save automatically, convert to UTF-8 the shown article.
 */
final class DocumentCommands {
    private final FileActions files;
    private final DraftKeeper drafts;
    private final Supplier<ArticleDocument> current;
    private final ArticleTabs tabs;
    private final NewInSite newInSite;
    private final RenameArticle rename;
    private final Consumer<String> status;
    private final AppPrefs prefs;

    DocumentCommands(
            FileActions files,
            DraftKeeper drafts,
            AppPrefs prefs,
            ArticleTabs tabs,
            NewInSite newInSite,
            Consumer<String> status) {
        this.newInSite = newInSite;
        this.rename = new RenameArticle(files.owner(), files, status);
        this.files = files;
        this.prefs = prefs;
        this.drafts = drafts;
        this.tabs = tabs;
        this.current = () -> tabs.shown() == null ? null : tabs.shown().document();
        this.status = status;
    }

    /** The article the window shows (null before the first). */
    ArticleDocument shown() {
        return current.get();
    }

    /** Before the window closes: asks once about every tab with unsaved changes; true if it may close. */
    boolean confirmDiscard() {
        List<ArticleDocument> docs =
                tabs.all().stream().map(ArticleTab::document).toList();
        List<Path> before = docs.stream().map(ArticleDocument::path).toList();
        boolean goOn = files.confirmDiscardAll(docs, this::saveDocument);
        for (int i = 0; i < docs.size(); i++) rememberFirstSave(docs.get(i), before.get(i));
        return goOn;
    }

    /** "Save" in a question may have given a new article its file: remember it like Save As does. */
    private void rememberFirstSave(ArticleDocument doc, Path before) {
        if (doc.path() != null && !doc.path().equals(before)) prefs.opened(doc.path());
    }

    /** Opens a file in a tab, or shows the tab it is open in; false if it could not be read. */
    boolean open(Path file) {
        Optional<ArticleTab> open = tabs.find(file);
        if (open.isPresent()) {
            tabs.select(open.get());
            return true;
        }
        Optional<ArticleDocument> read = files.read(file);
        read.ifPresent(tabs::open);
        return read.isPresent();
    }

    void openChosen() {
        files.chooseToOpen(current.get()).ifPresent(this::open);
    }

    /**
     * A new article in a tab of its own: the open site's way (its rules and template, the title
     * field focused), else with the schema and profile of the one shown.
     */
    void newArticle() {
        Optional<ArticleDocument> inSite = newInSite.start();
        tabs.open(inSite.orElseGet(this::untitled)); // the window puts the keyboard in a site article's title
    }

    /** Closes the shown tab. */
    void closeArticle() {
        if (tabs.shown() != null) closeTab(tabs.shown());
    }

    void renameArticle() {
        rename.rename(current.get());
    }

    void cycleTabs(int step) {
        tabs.cycle(step);
    }

    /** Closes a tab after asking about unsaved changes; the last one leaves a new article, the window stays. */
    void closeTab(ArticleTab tab) {
        ArticleDocument doc = tab.document();
        Path before = doc.path();
        if (!files.confirmDiscard(doc, this::saveDocument)) return;
        rememberFirstSave(doc, before);
        String name = doc.article().displayName();
        if (tabs.all().size() == 1) tabs.replaceShown(untitled());
        else tabs.close(tab);
        status.accept("Closed " + name + ".");
    }

    /** Every article open in a tab, for the next start: files only, and which of them was shown. */
    AppPrefs.OpenTabs openTabs() {
        List<Path> open = new ArrayList<>();
        int shown = 0;
        for (ArticleTab t : tabs.all()) {
            if (t == tabs.shown()) shown = open.size();
            if (t.document().path() != null) open.add(t.document().path());
        }
        return new AppPrefs.OpenTabs(open, Math.min(shown, Math.max(0, open.size() - 1)));
    }

    /** Opens the tabs of the last run (files that can no longer be read are left out) and shows the one shown then. */
    void reopen(AppPrefs.OpenTabs last) {
        List<ArticleDocument> read = new ArrayList<>();
        int active = 0;
        for (int i = 0; i < last.files().size(); i++) {
            Path p = last.files().get(i);
            if (tabs.find(p).isPresent() || read.stream().anyMatch(d -> p.equals(d.path()))) continue;
            if (i == last.active()) active = read.size();
            files.read(p).ifPresent(read::add);
        }
        tabs.restore(read, active);
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
        Optional<ArticleTab> open = d.article().flatMap(tabs::find);
        if (open.isPresent() && !files.confirmDiscard(open.get().document(), this::saveDocument)) return;
        ArticleDocument restored;
        if (d.article().isPresent() && Files.isRegularFile(d.article().get())) {
            Optional<ArticleDocument> read = files.read(d.article().get());
            if (read.isEmpty()) return;
            restored = read.get();
        } else {
            restored = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, profileForNew());
        }
        restored.restore(d.text());
        if (open.isPresent()) {
            tabs.select(open.get());
            tabs.replaceShown(restored);
        } else {
            tabs.open(restored);
        }
        drafts.adopt(restored, d);
        status.accept("Restored unsaved text of " + d.displayName() + ". Save to keep it.");
    }

    boolean save() {
        return saved(saveDocument(current.get()));
    }

    /** Saves one article; the first save of one started the site's way goes to its planned place. */
    private boolean saveDocument(ArticleDocument doc) {
        return newInSite.startedHere(doc) ? newInSite.firstSave(doc) : files.save(doc);
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
        drafts.setAutosave(on, files::saveQuietly);
    }

    void convertToUtf8() {
        ArticleDocument doc = current.get();
        if (doc != null && !doc.article().isUtf8()) {
            doc.convertToUtf8();
            status.accept(doc.article().displayName() + " will be saved as UTF-8.");
        }
    }

    private ArticleDocument untitled() {
        ArticleDocument doc = current.get();
        return ArticleDocument.untitled(doc != null ? doc.schema() : BuiltInSchemas.ARTICLE, profileForNew());
    }

    private SiteProfile profileForNew() {
        ArticleDocument doc = current.get();
        return doc != null ? doc.profile() : SiteProfile.defaults(Path.of(System.getProperty("user.home")));
    }
}
