package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.document.ArticleDocument;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real window headless: a copy of the samples, its own preferences, links recorded. */
abstract class WindowTestBase extends FxRobot {
    private static final String ALL_IMAGES_LOADED = "document.readyState === 'complete'"
            + " && Array.prototype.every.call(document.images, function (i) { return i.complete; })";

    @TempDir
    static Path tmp;

    Path samples;
    AppConfig config;
    MainWindow window;
    final List<String> opened = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startWindow() throws Exception {
        samples = Samples.copyTo(Files.createTempDirectory(tmp, "w"));
        // Each test has a recovery folder of its own; a second window in the same test shares it.
        // Preferences of this test JVM's own: the other fork's window tests clear theirs at the same time.
        config = AppConfig.of(
                Files.createTempDirectory(tmp, "recovery"),
                "org/masthead/test-" + System.getProperty("test.fork", "1"));
        FxToolkit.registerPrimaryStage(); // starts JavaFX once; it throws if it cannot
        window = fx(() -> {
            Stage stage = new Stage();
            new AppPrefs(config).clear();
            MainWindow w = new MainWindow(stage, config, opened::add);
            stage.show();
            stage.toFront();
            return w;
        });
    }

    @AfterEach
    void closeWindows() throws Exception {
        fx(() -> {
            for (var w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s && s.isShowing() && s.getOwner() != null) s.close();
            }
            window.dispose();
            window.stage().close();
            return null;
        });
    }

    /** Opens a file in the window and waits until the preview shows it. */
    void open(Path file) throws Exception {
        fx(() -> window.show(ArticleDocument.open(file)));
        waitForPreview();
    }

    void waitForPreview() throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    long shown = window.preview().shownVersionProperty().get();
                    return shown >= 0
                            && window.document() != null
                            && (window.form() == null || window.form().allRowsBuilt())
                            && js("document.getElementById('mh-body') != null").equals(true)
                            && shown == currentVersion();
                }));
    }

    private long currentVersion() {
        return window.documentVersion();
    }

    Path tides() {
        return samples.resolve("site/articles/reading-the-tide-tables.md");
    }

    Path bread() {
        return samples.resolve("site/articles/winter-bread-notes.md");
    }

    /** Waits until a script on the preview's page returns the expected value. */
    void waitForJs(String script, Object expected) throws Exception {
        waitForScript(this::js, script, expected);
    }

    /** Waits until a script on the Cards tab's page returns the expected value. */
    void waitForCards(String script, Object expected) throws Exception {
        waitForScript(this::cardsJs, script, expected);
    }

    private static void waitForScript(Function<String, Object> engine, String script, Object expected)
            throws Exception {
        try {
            // A page being replaced answers with a script error for a moment: that is "not yet".
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> expected.equals(fx(() -> {
                        try {
                            return engine.apply(script);
                        } catch (RuntimeException e) {
                            return e;
                        }
                    })));
        } catch (TimeoutException e) {
            assertThat(fx(() -> engine.apply(script))).as(script).isEqualTo(expected);
        }
    }

    /** Waits until a page has loaded and every image on it has loaded or failed. */
    static void waitForImages(Supplier<WebEngine> engine) throws Exception {
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(
                        fx(() -> engine.get() == null ? false : engine.get().executeScript(ALL_IMAGES_LOADED))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a form field's text by typing, as a writer would. */
    void replaceFieldText(String id, String text) {
        clickOn(id);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
    }

    /** Types at the end of the body. */
    void typeAtEnd(String text) {
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        write(text);
    }

    /** Opens a menu of the menu bar with the mouse and clicks one of its items. */
    void chooseMenu(String menu, String item) {
        Node button = lookup(".menu-bar .menu")
                .match(n -> n instanceof javafx.scene.control.Labeled l
                        && l.getText().replace("_", "").equals(menu))
                .query();
        clickOn(button);
        clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits for a dialog by its pane's id. */
    DialogPane dialog(String id) throws Exception {
        // Visible too: a dialog's pane is in the scene a moment before its window shows, and a click then misses.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> lookup(id).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents(); // and laid out, its controls where a click lands
        return lookup(id).queryAs(DialogPane.class);
    }

    void press(DialogPane pane, ButtonType button) {
        clickOn((Button) pane.lookupButton(button));
    }

    /** Presses the dialog's one button of that role (yes, no, cancel...), whatever its words. */
    void press(DialogPane pane, ButtonBar.ButtonData role) {
        List<ButtonType> matching = pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == role)
                .toList();
        assertThat(matching).as("buttons of role %s", role).hasSize(1);
        press(pane, matching.get(0));
    }

    Object js(String script) {
        return window.preview().engine().executeScript(script);
    }

    Object cardsJs(String script) {
        return window.cards().engine() == null ? null : window.cards().engine().executeScript(script);
    }

    static <T> T fx(Callable<T> task) throws Exception {
        if (Platform.isFxApplicationThread()) return task.call();
        return WaitForAsyncUtils.asyncFx(task).get(20, TimeUnit.SECONDS);
    }

    static void fx(ThrowingRunnable task) throws Exception {
        fx(() -> {
            task.run();
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
