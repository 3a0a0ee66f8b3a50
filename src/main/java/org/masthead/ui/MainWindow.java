package org.masthead.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.masthead.article.Article;
import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.document.Origin;
import org.masthead.recovery.RecoveryStore;
import org.masthead.ui.cards.CardsPane;
import org.masthead.ui.checks.ChecksPanel;
import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.files.FileActions;
import org.masthead.ui.files.FileChoosers;
import org.masthead.ui.files.RecoveryOffer;
import org.masthead.ui.form.FrontMatterForm;
import org.masthead.ui.preview.PreviewPane;
import org.masthead.ui.session.DocumentSession;
import org.masthead.ui.tabs.ArticleTab;
import org.masthead.ui.tabs.ArticleTabs;
import org.masthead.ui.web.WebKitWarmup;

/**
 * The window: front-matter form | Markdown editor | live preview, a menu bar and a status bar.
 * It owns the article being edited and wires every view to it.
 */
public final class MainWindow {
    private final WindowParts parts;
    private final Consumer<String> browser;
    private DocumentSession session;
    private ArticleDocument doc;
    private FrontMatterForm form;
    private boolean syncScroll = true;

    public MainWindow(Stage stage, AppConfig config, Consumer<String> browser) {
        this(stage, config, browser, FileChoosers.system());
    }

    /** A window whose file dialogs are {@code choosers} (tests answer them in advance). */
    MainWindow(Stage stage, AppConfig config, Consumer<String> browser, FileChoosers choosers) {
        this.browser = browser;
        this.parts = new WindowParts(stage, config, browser, choosers, this);
    }

    WindowParts parts() {
        return parts;
    }

    public Stage stage() {
        return parts.stage;
    }

    AppPrefs prefs() {
        return parts.prefs;
    }

    public ArticleDocument document() {
        return doc;
    }

    public MarkdownEditor editor() {
        return parts.editor;
    }

    public PreviewPane preview() {
        return parts.outputs.preview();
    }

    public CardsPane cards() {
        return parts.outputs.cards();
    }

    public ChecksPanel checks() {
        return parts.outputs.checks();
    }

    OutputTabs outputs() {
        return parts.outputs;
    }

    public FrontMatterForm form() {
        return form;
    }

    /** Counts the document's changes; the preview reports the last one it shows (tests and benchmarks wait on it). */
    public long documentVersion() {
        return session == null ? 0 : session.versionProperty().get();
    }

    FileActions files() {
        return parts.files;
    }

    /** The open article's session (null before the first is shown). */
    public DocumentSession session() {
        return session;
    }

    /** Shows a document in the shown tab, in place of the one it held (its file read again, the first article). */
    public void show(ArticleDocument document) {
        parts.tabs.replaceShown(document);
    }

    /** The open articles, one tab each. */
    public ArticleTabs tabs() {
        return parts.tabs;
    }

    /**
     * Shows a tab's article in the window's views; the session of the one shown before closes, so
     * no view follows it. A tab shown before comes back where the writer left it.
     */
    void display(ArticleTab tab) {
        ArticleDocument document = tab.document();
        boolean fresh = tab.firstShown();
        if (session != null) session.close();
        session =
                new DocumentSession(document, parts.checker, documentVersion(), () -> parts.spelling.speller(document));
        doc = document;
        form = new FrontMatterForm(document, new WindowFormHost(parts, () -> doc, browser));
        parts.formHolder.setCenter(form);
        session.own(form::dispose);
        session.observe(session.versionProperty(), (o, old, now) -> documentChanged());
        form.follow(session);
        parts.status.follow(session);
        parts.outputs.follow(session);
        session.own(parts.external.watch(document));
        parts.outputs.preview().reset();
        parts.editor.load(document.article().body());
        if (!fresh) {
            parts.editor.restore(tab.place().caret(), tab.place().topParagraph());
            parts.outputs.restore(tab.place());
        }
        session.start();
        SpellingFollowers.follow(parts, session);
        var area = parts.editor.area();
        parts.status.showCaret(parts.editor.firstLine() + area.getCurrentParagraph(), area.getCaretColumn() + 1);
        if (fresh && document.path() != null) {
            parts.files.articleShown(document.path());
            parts.prefs.opened(document.path());
            parts.menu.refreshRecent();
        }
        // A message about the article shown before would now mislead.
        parts.status.showMessage(fresh ? StatusBar.openingNote(document).orElse("") : "");
        if (fresh) fillLinked(document);
        // A tab left alone may have been changed on disk meanwhile.
        else Platform.runLater(parts.external::check);
        WebKitWarmup.startAfterFirstFrame(parts.stage.getScene());
        parts.site.articleShown(document);
        if (fresh && parts.newInSite.startedHere(document)) WindowParts.focusTitle(this); // it needs a title first
        else parts.editor.focusBody();
    }

    /** Fills linked fields left empty in the file, and says so: the article is changed, not saved. */
    private void fillLinked(ArticleDocument document) {
        if (document.article().frontMatter().isEmpty()) return;
        var filled = document.fillLinked();
        if (!filled.isEmpty()) {
            parts.status.showMessage("Filled " + String.join(", ", filled)
                    + " from the fields they follow (not saved yet; Edit ▸ Undo leaves them empty).");
        }
    }

    /** The Cards tab's Make Share Image… for the shown article's image field. */
    void makeShareImage() {
        new WindowFormHost(parts, () -> doc, browser).makeShareImageForArticle();
    }

    /** Opens a site folder in the site panel (File ▸ Open Site… without the chooser). */
    public void openSite(Path folder) {
        parts.site.open(folder);
    }

    /** Whether the site panel is still reading its site. */
    public boolean isIndexing() {
        return parts.siteModel.indexingProperty().get();
    }

    /** Offers the drafts an earlier run left unsaved (after a crash or a kill). */
    public void offerRecovery() {
        RecoveryOffer.offer(parts.stage, parts.drafts.store(), parts.commands::restoreDraft, parts.status::showMessage);
    }

    /** Looks at the file on disk now (tests; the window does on focus and on file events). */
    public void checkDisk() {
        parts.external.check();
    }

    /** Writes the pending recovery draft now and waits for it. */
    public void flushDraft() {
        parts.drafts.flush();
    }

    public RecoveryStore recovery() {
        return parts.drafts.store();
    }

    public void setAutosave(boolean on) {
        parts.commands.setAutosave(on);
    }

    public boolean open(Path file) {
        return parts.commands.open(file);
    }

    public boolean save() {
        return parts.commands.save();
    }

    /** Opens the tabs the window had when it last closed. */
    public void reopenTabs() {
        parts.commands.reopen(parts.prefs.openTabs());
    }

    /** Closes the window, asking first about unsaved changes. */
    public void requestClose() {
        if (parts.commands.confirmDiscard()) {
            shutdown();
            parts.stage.close();
        }
    }

    public void setSyncScroll(boolean on) {
        syncScroll = on;
    }

    boolean syncScroll() {
        return syncScroll;
    }

    private void documentChanged() {
        Article a = doc.article();
        var origin = session.lastChangeProperty().get();
        if (origin == Origin.HISTORY || origin == Origin.SAVE) parts.editor.showChangedBody(a.body());
        // Only a new article's body follows a field (its template's, until the first save).
        else if (origin == Origin.FORM && doc.isUntitled()) parts.editor.showFollowedBody(a.body());
        parts.menu.show(doc);
        parts.editor.setFirstLine(a.bodyStartLine());
        // The header may have grown or shrunk: the caret's file line moved with it.
        var area = parts.editor.area();
        parts.status.showCaret(parts.editor.firstLine() + area.getCurrentParagraph(), area.getCaretColumn() + 1);
        parts.stage.setTitle((doc.isDirty() ? "● " : "") + a.displayName() + " — Masthead");
    }

    /**
     * Takes the writer to what a finding is about: its field in the form, else its line, in the raw
     * YAML for a line of the header, in the editor for one of the body.
     */
    void reveal(Finding f) {
        if (f.key() != null && form != null && doc.article().frontMatter().isPresent() && form.focusField(f.key()))
            return;
        if (f.line() < doc.article().bodyStartLine()) revealHeaderLine(f.line());
        else if (f.length() > 0) parts.editor.select(f.line(), f.column(), f.length());
        else parts.editor.goToLine(f.line());
    }

    /** Shows an article (its tab, or a new one) at a file line: a search result. */
    void openAt(Path file, int line) {
        if (!parts.commands.open(file)) return;
        if (line < doc.article().bodyStartLine()) revealHeaderLine(line);
        else parts.editor.goToLine(line);
        parts.stage.toFront();
    }

    /** Shows an article (its tab, or a new one) at what a finding is about: a Problems row. */
    void openFinding(Path file, Finding f) {
        if (!parts.commands.open(file)) return;
        reveal(f);
        parts.stage.toFront();
    }

    /** Opens the raw YAML at a file line of the header (the form pane is shown for it). */
    void revealHeaderLine(int line) {
        if (form == null) return;
        parts.bounds.show(WindowParts.FORM, true);
        form.showRawAt(line);
    }

    void shutdown() {
        parts.bounds.store();
        parts.prefs.tabsOpen(parts.commands.openTabs());
        dispose();
    }

    /** Stops the window's threads and watchers; unsaved drafts stay in the recovery folder. */
    void dispose() {
        if (session != null) session.close();
        parts.dispose();
    }
}
