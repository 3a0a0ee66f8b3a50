package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import org.masthead.article.Article;
import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;
import org.masthead.ui.cards.CardsPane;
import org.masthead.ui.checks.ChecksPanel;
import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.files.DraftKeeper;
import org.masthead.ui.files.ExternalChanges;
import org.masthead.ui.files.FileActions;
import org.masthead.ui.files.FxDialogs;
import org.masthead.ui.files.RecoveryOffer;
import org.masthead.ui.form.FrontMatterForm;
import org.masthead.ui.preview.PreviewPane;
import org.masthead.ui.web.WebKitWarmup;

/**
 * The window: front-matter form | Markdown editor | live preview, a menu bar and a status bar.
 * It owns the article being edited and wires every view to it.
 */
public final class MainWindow implements WindowActions {
    private final Stage stage;
    private final AppPrefs prefs;
    private final Consumer<String> browser;
    private final MarkdownEditor editor = new MarkdownEditor(body -> {
        if (this.doc != null) this.doc.setBody(body);
    });
    private final OutputTabs outputs;
    private final PreviewPane preview;
    private final StatusBar status;
    private final BorderPane formHolder = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final FileActions files;
    private final DraftKeeper drafts;
    private final ExternalChanges external;
    private final MainMenu menu;
    private final WindowBounds bounds;
    private final DocumentCommands commands;
    private final ExecutorService checker = Background.singleThread("masthead-checks");
    private DocumentSession session;
    private ArticleDocument doc;
    private FrontMatterForm form;
    private long version;
    private boolean syncScroll = true;

    public MainWindow(Stage stage, AppConfig config, Consumer<String> browser) {
        this.stage = stage;
        this.prefs = new AppPrefs(config);
        this.browser = browser;
        this.outputs = new OutputTabs(browser, this::reveal);
        this.preview = outputs.preview();
        this.status = new StatusBar(outputs::showChecks);
        this.drafts = new DraftKeeper(new RecoveryStore(config.recoveryFolder()), status::showMessage);
        FxDialogs dialogs = new FxDialogs(stage);
        this.external = new ExternalChanges(dialogs, () -> doc, this::reload, status::showMessage);
        this.files =
                new FileActions(stage, browser, dialogs, external::mayOverwrite, drafts::discard, status::showMessage);
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) Platform.runLater(external::check);
        });
        this.commands = new DocumentCommands(files, drafts, prefs, () -> doc, this::show, status::showMessage);
        commands.setAutosave(commands.autosave());
        this.menu = new MainMenu(this);
        split.getItems().addAll(formHolder, editor, outputs);
        split.setId("main-split");
        BorderPane root = new BorderPane(split, menu.bar(), null, status, null);
        this.bounds = new WindowBounds(stage, split, prefs);
        Scene scene = bounds.scene(root);
        EditorFollowers.install(
                editor, status, preview, () -> doc == null ? -1 : doc.article().bodyStartLine(), () -> syncScroll);
        ArticleDrop.install(scene, this::open);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume();
            else shutdown();
        });
    }

    public Stage stage() {
        return stage;
    }

    AppPrefs prefs() {
        return prefs;
    }

    public ArticleDocument document() {
        return doc;
    }

    @Override
    public MarkdownEditor editor() {
        return editor;
    }

    public PreviewPane preview() {
        return preview;
    }

    public CardsPane cards() {
        return outputs.cards();
    }

    public ChecksPanel checks() {
        return outputs.checks();
    }

    OutputTabs outputs() {
        return outputs;
    }

    public FrontMatterForm form() {
        return form;
    }

    /** Counts the document's changes; the preview reports the last one it shows (tests and benchmarks wait on it). */
    public long documentVersion() {
        return version;
    }

    FileActions files() {
        return files;
    }

    /** The open article's session (null before the first is shown). */
    public DocumentSession session() {
        return session;
    }

    /** Shows a document (the caller asked first); the old session closes, so no view follows its document. */
    public void show(ArticleDocument document) {
        if (session != null) session.close();
        session = new DocumentSession(document, checker);
        doc = document;
        form = new FrontMatterForm(document, new WindowFormHost(stage, () -> doc, browser));
        formHolder.setCenter(form);
        session.own(form::dispose);
        session.own(drafts.track(document));
        session.observe(session.versionProperty(), (o, old, now) -> documentChanged());
        session.observe(session.checkedProperty(), (o, old, checked) -> form.showFindings(checked.findings()));
        status.follow(session);
        outputs.follow(session);
        external.watch(document);
        preview.reset();
        editor.load(document.article().body());
        session.start();
        status.showCaret(editor.firstLine(), 1);
        if (document.path() != null) {
            prefs.opened(document.path());
            menu.refreshRecent();
        }
        StatusBar.openingNote(document).ifPresent(status::showMessage);
        WebKitWarmup.startAfterFirstFrame(stage.getScene());
    }

    /** Offers the drafts an earlier run left unsaved (after a crash or a kill). */
    public void offerRecovery() {
        RecoveryOffer.offer(stage, drafts.store(), commands::restoreDraft, status::showMessage);
    }

    void restoreDraft(Draft d) {
        commands.restoreDraft(d);
    }

    /** Shows the file's new version in place of the document, the caret near where it was. */
    private void reload(ArticleDocument fresh) {
        editor.keepingCaretLine(() -> show(fresh));
    }

    /** Looks at the file on disk now (tests; the window does on focus and on file events). */
    public void checkDisk() {
        external.check();
    }

    /** Writes the pending recovery draft now and waits for it. */
    public void flushDraft() {
        drafts.flush();
    }

    public RecoveryStore recovery() {
        return drafts.store();
    }

    @Override
    public void setAutosave(boolean on) {
        commands.setAutosave(on);
    }

    @Override
    public boolean autosave() {
        return commands.autosave();
    }

    @Override
    public void convertToUtf8() {
        commands.convertToUtf8();
    }

    @Override
    public boolean open(Path file) {
        return commands.open(file);
    }

    @Override
    public void openChosen() {
        commands.openChosen();
    }

    @Override
    public void newArticle() {
        commands.newArticle();
    }

    @Override
    public boolean save() {
        return commands.save();
    }

    @Override
    public boolean saveAs() {
        return commands.saveAs();
    }

    @Override
    public void export() {
        commands.export();
    }

    @Override
    public List<Path> recentFiles() {
        return prefs.recentFiles();
    }

    @Override
    public void showArticle() {
        outputs.showArticle();
    }

    @Override
    public void showCards() {
        outputs.showCards();
    }

    @Override
    public void showChecks() {
        outputs.showChecks();
    }

    /** Closes the window, asking first about unsaved changes. */
    @Override
    public void requestClose() {
        if (confirmDiscard()) {
            shutdown();
            stage.close();
        }
    }

    boolean confirmDiscard() {
        return commands.confirmDiscard();
    }

    @Override
    public void setSyncScroll(boolean on) {
        syncScroll = on;
    }

    @Override
    public void setFormShown(boolean shown) {
        bounds.showFirstPane(formHolder, shown);
    }

    private void documentChanged() {
        version++;
        Article a = doc.article();
        editor.setFirstLine(a.bodyStartLine());
        outputs.show(version, a, doc.profile());
        stage.setTitle((doc.isDirty() ? "● " : "") + a.displayName() + " — Masthead");
    }

    /** Takes the writer to what a finding is about: its field in the form, else its line in the editor. */
    void reveal(Finding f) {
        if (f.key() != null && form != null && doc.article().frontMatter().isPresent() && form.focusField(f.key()))
            return;
        editor.goToLine(f.line());
    }

    private void shutdown() {
        bounds.store();
        dispose();
    }

    /** Stops the window's threads and watchers; unsaved drafts stay in the recovery folder. */
    void dispose() {
        if (session != null) session.close();
        outputs.dispose();
        checker.shutdownNow();
        external.stop();
        drafts.flush();
        drafts.shutdown();
    }
}
