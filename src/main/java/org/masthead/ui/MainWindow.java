package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.masthead.article.Article;
import org.masthead.article.ArticleFinder;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.document.ArticleDocument.Origin;
import org.masthead.document.TextStats;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;
import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.files.DraftKeeper;
import org.masthead.ui.files.ExternalChanges;
import org.masthead.ui.files.FileActions;
import org.masthead.ui.files.RecoveryOffer;
import org.masthead.ui.form.FrontMatterForm;
import org.masthead.ui.preview.PreviewPane;

/**
 * The window: front-matter form | Markdown editor | live preview, a menu bar and a status bar.
 * It owns the article being edited and wires every view to it.
 */
public final class MainWindow {
    private final Stage stage;
    private final AppPrefs prefs;
    private final Consumer<String> browser;
    private final MarkdownEditor editor = new MarkdownEditor();
    private final OutputTabs outputs = new OutputTabs();
    private final PreviewPane preview = outputs.preview();
    private final StatusBar status = new StatusBar();
    private final BorderPane formHolder = new BorderPane();
    private final SplitPane split = new SplitPane();
    private final FileActions files;
    private final DraftKeeper drafts;
    private final ExternalChanges external;
    private final MainMenu menu;
    private final PauseTransition checkDelay = new PauseTransition(Duration.millis(250));
    private final ExecutorService checker = Background.singleThread("masthead-checks");
    private ArticleDocument doc;
    private FrontMatterForm form;
    private long version;
    private boolean syncScroll = true;

    public MainWindow(Stage stage, AppPrefs prefs, Consumer<String> browser) {
        this.stage = stage;
        this.prefs = prefs;
        this.browser = browser;
        this.files = new FileActions(stage, browser);
        this.drafts = new DraftKeeper(new RecoveryStore(RecoveryStore.defaultFolder()), status::showMessage);
        this.external = new ExternalChanges(stage, () -> doc, this::reload, status::showMessage);
        files.setHooks(external::mayOverwrite, drafts::discard, status::showMessage);
        drafts.setAutosave(prefs.getFlag("autosave", false), () -> files.saveQuietly(doc));
        stage.focusedProperty().addListener((o, was, focused) -> { if (focused) Platform.runLater(external::check); });
        this.menu = new MainMenu(this);
        preview.setLinkHandler(browser);
        editor.setOnEdit(body -> { if (doc != null) doc.setBody(body); });
        split.getItems().addAll(formHolder, editor, outputs);
        outputs.checks().setOnOpen(this::reveal);
        status.setOnFindingsClicked(outputs::showChecks);
        split.setId("main-split");
        BorderPane root = new BorderPane(split);
        root.setTop(menu.bar());
        root.setBottom(status);
        Scene scene = new Scene(root, prefs.get("window.w", 1500), prefs.get("window.h", 920));
        scene.getStylesheets().add(MainWindow.class.getResource("/org/masthead/ui/masthead.css").toExternalForm());
        stage.setScene(scene);
        restoreBounds();
        split.setDividerPositions(prefs.get("divider.0", 0.27), prefs.get("divider.1", 0.62));
        checkDelay.setOnFinished(e -> runChecks());
        wireEditorStatus();
        wireDragAndDrop(scene);
        stage.setOnCloseRequest(e -> {
            if (!confirmDiscard()) e.consume(); else shutdown();
        });
    }

    public Stage stage() { return stage; }
    public ArticleDocument document() { return doc; }
    public MarkdownEditor editor() { return editor; }
    public PreviewPane preview() { return preview; }
    public org.masthead.ui.cards.CardsPane cards() { return outputs.cards(); }
    public org.masthead.ui.checks.ChecksPanel checks() { return outputs.checks(); }
    OutputTabs outputs() { return outputs; }
    public FrontMatterForm form() { return form; }

    /** Counts the document's changes; the preview reports the last one it shows (tests and benchmarks wait on it). */
    public long documentVersion() { return version; }
    FileActions files() { return files; }
    AppPrefs prefs() { return prefs; }

    /** Shows a document in the window, replacing the one shown (the caller asked first). */
    public void show(ArticleDocument document) {
        doc = document;
        form = new FrontMatterForm(document, new WindowFormHost(stage, () -> doc, browser));
        formHolder.setCenter(form);
        document.addListener(this::documentChanged);
        drafts.track(document);
        external.watch(document);
        preview.reset();
        editor.load(document.article().body());
        documentChanged(Origin.LOAD);
        status.showCaret(editor.firstLine(), 1);
        if (document.path() != null) {
            prefs.opened(document.path());
            menu.refreshRecent();
        }
        document.article().headerError().ifPresent(e -> status.showMessage("Front matter: " + e.reason()));
        startWebKitAfterFirstFrame();
        document.notUtf8().ifPresent(e -> status.showMessage("Not UTF-8 (line " + e.line() + ", column " + e.column()
                + "): opened as " + document.article().charset().displayName()
                + "; saving asks whether to keep that encoding or convert to UTF-8."));
    }

    /** WebKit starts loading once the writer sees the article's text, not before (see WebKitWarmup). */
    private void startWebKitAfterFirstFrame() {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(org.masthead.ui.preview.WebKitWarmup::start);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Offers the drafts an earlier run left unsaved (after a crash or a kill). */
    public void offerRecovery() {
        RecoveryOffer.offer(stage, drafts.store(), this::restoreDraft, status::showMessage);
    }

    /** Opens a recovered draft, unsaved, over its file (which stays as it is until saved). */
    void restoreDraft(Draft d) {
        if (!confirmDiscard()) return;
        ArticleDocument restored;
        if (d.article().isPresent() && java.nio.file.Files.isRegularFile(d.article().get())) {
            Optional<ArticleDocument> read = files.read(d.article().get());
            if (read.isEmpty()) return;
            restored = read.get();
        } else {
            restored = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, doc != null ? doc.profile()
                    : SiteProfile.defaults(Path.of(System.getProperty("user.home"))));
        }
        restored.restore(d.text());
        show(restored);
        drafts.adopt(d);
        status.showMessage("Restored unsaved text of " + d.displayName() + ". Save to keep it.");
    }

    /** Shows the file's new version in place of the document, the caret near where it was. */
    private void reload(ArticleDocument fresh) {
        int paragraph = editor.area().getCurrentParagraph();
        show(fresh);
        int max = editor.area().getParagraphs().size() - 1;
        editor.area().moveTo(Math.min(paragraph, Math.max(0, max)), 0);
    }

    /** Looks at the file on disk now (tests; the window does on focus and on file events). */
    public void checkDisk() { external.check(); }

    /** Writes the pending recovery draft now and waits for it. */
    public void flushDraft() { drafts.flush(); }

    public RecoveryStore recovery() { return drafts.store(); }

    void setAutosave(boolean on) {
        prefs.putFlag("autosave", on);
        drafts.setAutosave(on, () -> files.saveQuietly(doc));
    }

    boolean autosave() { return prefs.getFlag("autosave", false); }

    void convertToUtf8() {
        if (doc != null && !doc.article().isUtf8()) {
            doc.convertToUtf8();
            status.showMessage(doc.article().displayName() + " will be saved as UTF-8.");
        }
    }

    /** Opens a file after asking about unsaved changes; false if it did not open. */
    public boolean open(Path file) {
        if (!confirmDiscard()) return false;
        Optional<ArticleDocument> read = files.read(file);
        read.ifPresent(this::show);
        return read.isPresent();
    }

    void openChosen() {
        Path folder = doc != null && doc.path() != null ? doc.path().getParent() : null;
        files.chooseToOpen(folder).ifPresent(this::open);
    }

    void newArticle() {
        if (!confirmDiscard()) return;
        SiteProfile profile = doc != null ? doc.profile() : SiteProfile.defaults(Path.of(System.getProperty("user.home")));
        show(ArticleDocument.untitled(doc != null ? doc.schema() : BuiltInSchemas.ARTICLE, profile));
    }

    boolean save() { return files.save(doc); }
    boolean saveAs() { return files.saveAs(doc); }
    void export() { files.export(doc); }

    /** Closes the window, asking first about unsaved changes. */
    public void requestClose() {
        if (confirmDiscard()) {
            shutdown();
            stage.close();
        }
    }

    boolean confirmDiscard() {
        return files.confirmDiscard(doc);
    }

    void setSyncScroll(boolean on) { syncScroll = on; }

    void setFormShown(boolean shown) {
        if (shown && !split.getItems().contains(formHolder)) {
            split.getItems().add(0, formHolder);
            split.setDividerPositions(prefs.get("divider.0", 0.27), prefs.get("divider.1", 0.62));
        } else if (!shown) {
            storeDividers();
            split.getItems().remove(formHolder);
        }
    }

    private void documentChanged(Origin origin) {
        version++;
        Article a = doc.article();
        editor.setFirstLine(a.bodyStartLine());
        outputs.show(version, a, doc.profile());
        updateTitle();
        checkDelay.playFromStart();
    }

    private void updateTitle() {
        stage.setTitle((doc.isDirty() ? "● " : "") + doc.article().displayName() + " — Masthead");
    }

    private void runChecks() {
        if (checker.isShutdown()) return;
        ArticleDocument d = doc;
        Article a = d.article();
        SiteProfile p = d.profile();
        String body = a.body();
        checker.execute(() -> {
            List<Finding> findings = ArticleChecker.check(a, p);
            TextStats stats = TextStats.of(body);
            Platform.runLater(() -> {
                if (d != doc || d.article() != a) return;
                if (form != null) form.showFindings(findings);
                outputs.showFindings(findings);
                status.showFindings(org.masthead.ui.checks.ChecksPanel.summarize(findings));
                status.showCounts(stats);
            });
        });
    }

    /** Takes the writer to what a finding is about: its field in the form, else its line in the editor. */
    void reveal(Finding f) {
        if (f.key() != null && form != null && doc.article().frontMatter().isPresent() && form.focusField(f.key())) return;
        editor.goToLine(f.line());
    }

    private void wireEditorStatus() {
        var area = editor.area();
        area.caretPositionProperty().addListener((o, a, b) -> {
            status.showCaret(editor.firstLine() + area.getCurrentParagraph(), area.getCaretColumn() + 1);
            if (syncScroll && doc != null) preview.reveal(doc.article().bodyStartLine() + area.getCurrentParagraph());
        });
        area.selectedTextProperty().addListener((o, a, text) -> status.showSelection(text.isEmpty() ? null : TextStats.of(text)));
        area.estimatedScrollYProperty().addListener((o, a, b) -> {
            if (!syncScroll || doc == null) return;
            try {
                preview.reveal(doc.article().bodyStartLine() + area.firstVisibleParToAllParIndex());
            } catch (IllegalStateException | IndexOutOfBoundsException e) {
                // The editor has not laid out yet.
                System.getLogger(MainWindow.class.getName()).log(System.Logger.Level.DEBUG, "Scroll sync before layout", e);
            }
        });
        status.showCaret(editor.firstLine(), 1);
    }

    private void wireDragAndDrop(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().stream().anyMatch(f -> ArticleFinder.isArticle(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var file = e.getDragboard().getFiles().stream().map(f -> f.toPath()).filter(ArticleFinder::isArticle).findFirst();
            e.setDropCompleted(file.isPresent());
            e.consume();
            file.ifPresent(f -> Platform.runLater(() -> open(f)));
        });
    }

    private void restoreBounds() {
        double x = prefs.get("window.x", Double.NaN), y = prefs.get("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getFlag("window.maximized", false));
    }

    private void storeDividers() {
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            prefs.put("divider.0", d[0]);
            prefs.put("divider.1", d[1]);
        }
    }

    private void shutdown() {
        if (!stage.isMaximized()) {
            prefs.put("window.x", stage.getX());
            prefs.put("window.y", stage.getY());
            prefs.put("window.w", stage.getScene().getWidth());
            prefs.put("window.h", stage.getScene().getHeight());
        }
        prefs.putFlag("window.maximized", stage.isMaximized());
        if (split.getItems().size() == 3) storeDividers();
        prefs.flush();
        dispose();
    }

    /** Stops the window's threads and watchers; unsaved drafts stay in the recovery folder. */
    void dispose() {
        checkDelay.stop();
        outputs.dispose();
        checker.shutdownNow();
        external.stop();
        drafts.flush();
        drafts.shutdown();
    }
}
