package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.masthead.profile.FieldRole;
import org.masthead.recovery.RecoveryStore;
import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.files.DraftKeeper;
import org.masthead.ui.files.ExternalChanges;
import org.masthead.ui.files.FileActions;
import org.masthead.ui.files.FileChoosers;
import org.masthead.ui.files.FxDialogs;
import org.masthead.ui.help.HelpDialogs;
import org.masthead.ui.images.ImageInsert;
import org.masthead.ui.look.Theme;
import org.masthead.ui.site.SiteModel;
import org.masthead.ui.site.SitePanel;
import org.masthead.ui.spell.WindowSpelling;
import org.masthead.ui.tabs.ArticleTabs;

/**
 * The window's views and services, made once and laid out: form | editor | output tabs, the menu
 * and the status bar. {@link MainWindow} decides which article they show.
 */
final class WindowParts {
    final Stage stage;
    final AppPrefs prefs;
    final MarkdownEditor editor;
    final OutputTabs outputs;
    final StatusBar status;
    final BorderPane formHolder = new BorderPane();
    final SplitPane split = new SplitPane();
    final DraftKeeper drafts;
    final ExternalChanges external;
    final FileActions files;
    final DocumentCommands commands;
    final WindowBounds bounds;
    final ExecutorService checker = Background.singleThread("masthead-checks");
    final MainMenu menu;
    final SiteModel siteModel;
    final SitePanel sitePanel;
    final SiteActions site;
    final ArticleTabs tabs;
    final ImageInsert images;
    final NewInSite newInSite;
    final WindowSpelling spelling;
    final SpellingStatus spellingStatus;
    final Theme theme;
    /** The theme's dark, for the parts made before it (Help). */
    private final javafx.beans.property.BooleanProperty dark = new javafx.beans.property.SimpleBooleanProperty();

    static final String FORM = "form";

    WindowParts(Stage stage, AppConfig config, Consumer<String> browser, FileChoosers choosers, MainWindow window) {
        this.stage = stage;
        this.prefs = new AppPrefs(config);
        FxDialogs dialogs = new FxDialogs(stage);
        this.images = new ImageInsert(stage, window::document, window::editor, dialogs, this::showMessage);
        this.spelling = SpellingSetup.spelling(prefs, config.dataFolder(), this::showMessage);
        this.editor = new MarkdownEditor(
                body -> {
                    if (window.document() != null) window.document().setBody(body);
                },
                name -> {
                    if (window.document() != null) window.document().history().nameNextChange(name);
                },
                images,
                SpellingSetup.actions(spelling, window::document, this::showMessage));
        this.outputs = new OutputTabs(browser, window::reveal, window::makeShareImage, prefs);
        this.status = new StatusBar(outputs::showChecks);
        this.spellingStatus = new SpellingStatus(spelling, window::document, prefs);
        status.addBeforeFindings(spellingStatus);
        this.drafts = new DraftKeeper(new RecoveryStore(config.recoveryFolder()), status::showMessage);
        this.external = new ExternalChanges(
                dialogs, window::document, d -> editor.keepingCaretLine(() -> window.show(d)), status::showMessage);
        this.files = new FileActions(
                stage, browser, dialogs, external::mayOverwrite, drafts::discard, status::showMessage, choosers);
        this.tabs = new ArticleTabs(
                drafts::track,
                window::display,
                t -> outputs.leave(editor.caret(), editor.topParagraph()),
                t -> commands().closeTab(t));
        stage.focusedProperty().addListener((o, was, focused) -> {
            if (focused) Platform.runLater(external::check);
        });
        this.newInSite = new NewInSite(this::siteRoot, files, status::showMessage);
        this.commands = new DocumentCommands(files, drafts, prefs, tabs, newInSite, status::showMessage);
        commands.setAutosave(commands.autosave());
        this.bounds = new WindowBounds(stage, split, prefs);
        this.siteModel = new SiteModel(config.cacheFolder());
        this.sitePanel = new SitePanel(siteModel, commands::open, this::openSite);
        this.site = new SiteActions(stage, siteModel, sitePanel, bounds, prefs, window::openAt, window::openFinding);
        this.menu = new MainMenu(new MenuActions(
                commands,
                editor,
                outputs,
                prefs,
                window::requestClose,
                bounds,
                site,
                window::setSyncScroll,
                window::revealHeaderLine,
                () -> stage.getScene() == null ? null : stage.getScene().getFocusOwner(),
                new HelpDialogs(stage, browser, dark)));
        bounds.panes(List.of(
                new WindowBounds.Pane(SiteActions.PANE, sitePanel, false),
                new WindowBounds.Pane(FORM, formHolder, true),
                new WindowBounds.Pane("editor", editor, true),
                new WindowBounds.Pane("outputs", outputs, true)));
        // Below these the panes' controls are cut; at 900 px wide all three still fit.
        sitePanel.setMinWidth(240);
        formHolder.setMinWidth(230);
        editor.setMinWidth(330); // the find bar's least width
        outputs.setMinWidth(240);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        split.setId("main-split");
        Scene scene = bounds.scene(new BorderPane(split, new VBox(menu.bar(), tabs.strip()), null, status, null));
        this.theme = new Theme(
                scene,
                Theme.Choice.parse(prefs.getText(ComfortMenu.THEME, "system")),
                c -> prefs.putText(ComfortMenu.THEME, c.name()));
        dark.bind(theme.darkProperty());
        ComfortMenu comfort = new ComfortMenu(
                theme,
                editor.comfort(),
                outputs.preview(),
                prefs,
                () -> PreferencesDialog.show(
                        stage, prefs, editor.comfort(), () -> spelling.useFinder(SpellingSetup.finder(prefs))));
        menu.addComfort(comfort.items(), comfort::showPreferences);
        if (theme.choice() == Theme.Choice.SYSTEM) org.masthead.fx.Frames.afterNextFrame(scene, theme::readSystem);
        EditorFollowers.install(editor, status, outputs.preview(), () -> bodyStartLine(window), window::syncScroll);
        ArticleDrop.install(scene, commands::open);
        ShortcutRouter.install(scene, menu::items, panes(window));
        site.reopenLast();
        SpellingSetup.startAfterPreview(spelling, outputs.preview().shownVersionProperty());
        stage.setOnCloseRequest(e -> {
            if (!commands.confirmDiscard()) e.consume();
            else window.shutdown();
        });
    }

    /** Stops the parts' threads, watchers and listeners; unsaved drafts stay in the recovery folder. */
    void dispose() {
        outputs.dispose();
        images.dispose();
        site.dispose();
        theme.dispose();
        checker.shutdownNow();
        external.stop();
        drafts.flush();
        drafts.shutdown();
    }

    private Path siteRoot() {
        return siteModel.rootProperty().get();
    }

    /**
     * After the new article is shown the title field takes the keyboard. Should the form's rows not be in
     * the scene yet, it is asked again after each of a few frames until it has it.
     */
    static void focusTitle(MainWindow window) {
        Scene scene = window.stage().getScene();
        int[] tries = {0};
        Runnable[] attempt = new Runnable[1];
        attempt[0] = () -> {
            Optional<String> key = window.document() == null
                    ? Optional.empty()
                    : window.document().schema().fieldFor(FieldRole.PAGE_TITLE).map(f -> f.key());
            Node owner = scene.getFocusOwner();
            boolean done = key.isEmpty()
                    || window.form() == null
                    || (owner != null && ("field-" + key.get()).equals(owner.getId()))
                    || ++tries[0] > 10;
            if (done) {
                scene.removePostLayoutPulseListener(attempt[0]);
                return;
            }
            window.form().focusField(key.get());
            Platform.requestNextPulse();
        };
        // CSS now gives the form's scroll pane its skin, which puts the rows in the scene: the title can take the
        // keyboard before the first frame rather than a frame or two after it.
        if (window.form() != null) window.form().applyCss();
        attempt[0].run();
        if (tries[0] > 0) scene.addPostLayoutPulseListener(attempt[0]);
        Platform.requestNextPulse();
    }

    private void showMessage(String message) {
        status.showMessage(message);
    }

    private DocumentCommands commands() {
        return commands;
    }

    private void openSite(Path folder) {
        site.open(folder);
    }

    private PaneCycle panes(MainWindow window) {
        return new PaneCycle(List.of(
                new PaneCycle.Pane(() -> sitePanel, sitePanel::focusFilter),
                new PaneCycle.Pane(() -> formHolder, () -> {
                    if (window.form() != null) window.form().focusFirst();
                }),
                new PaneCycle.Pane(() -> editor, editor::focusBody),
                new PaneCycle.Pane(() -> outputs, outputs::requestFocus),
                new PaneCycle.Pane(outputs::checks, outputs::visitChecks)));
    }

    private static int bodyStartLine(MainWindow window) {
        return window.document() == null ? -1 : window.document().article().bodyStartLine();
    }
}
