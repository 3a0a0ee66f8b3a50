package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masthead.ui.files.FileChoosers;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Files made with Save As, or by saving a new article, join File ▸ Open Recent. */
class RecentFilesTest extends WindowTestBase {
    /** The answers the save dialog gives, in order (the system's dialog cannot be driven headless). */
    private final Deque<Path> saveAnswers = new ArrayDeque<>();
    /** What the save dialog was offered: folder and file name. */
    private final List<String> offered = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void windowWithScriptedFileDialogs() throws Exception {
        FileChoosers choosers = new FileChoosers() {
            @Override
            public Optional<Path> open(Window owner, Path folder) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveArticle(Window owner, Path folder, String name) {
                offered.add(folder + " " + name);
                return Optional.ofNullable(saveAnswers.poll());
            }

            @Override
            public Optional<Path> exportPage(Window owner, Path folder, String name) {
                return Optional.empty();
            }
        };
        window = fx(() -> {
            window.dispose();
            window.stage().close();
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, config, opened::add, choosers);
            stage.show();
            stage.toFront();
            return w;
        });
    }

    @Test
    void saveAsPutsTheNewFileFirstInOpenRecent() throws Exception {
        open(bread());
        Path copy = bread().resolveSibling("bread-copy");
        saveAnswers.add(copy);
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        Path saved = bread().resolveSibling("bread-copy.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(saved));
        assertThat(recentShownInTheFileMenu())
                .first()
                .asString()
                .startsWith("bread-copy.md")
                .contains(saved.getParent().toAbsolutePath().normalize().toString());
        assertThat(recentShownInTheFileMenu()).anyMatch(t -> t.startsWith("winter-bread-notes.md"));
    }

    @Test
    void theFirstSaveOfANewArticleAddsItToOpenRecent() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.document().isUntitled()));
        clickOn(window.editor().area());
        write("Harbour log");
        replaceFieldText("#field-title", "Harbour Log, at Dawn");
        Path target = samples.resolve("site/articles/harbour-log.md");
        saveAnswers.add(target);
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(target));
        assertThat(Files.readString(target)).contains("Harbour log").endsWith("Harbour log\n");
        // Offered where the writer's last article is, under a name from the title.
        assertThat(offered).containsExactly(bread().toAbsolutePath().getParent() + " harbour-log-at-dawn.md");
        assertThat(recentShownInTheFileMenu()).first().asString().startsWith("harbour-log.md");
    }

    /** Opens the File menu, as the writer does, and reads its Open Recent submenu. */
    private List<String> recentShownInTheFileMenu() throws Exception {
        Menu file = fx(() -> ((MenuBar) lookup(".menu-bar").query()).getMenus().get(0));
        clickOn(lookup(".menu-bar .menu")
                .match(n -> n instanceof javafx.scene.control.Labeled l
                        && l.getText().equals("_File"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = fx(() -> file.getItems().stream()
                .filter(i -> i instanceof Menu m && m.getText().equals("Open Recent"))
                .flatMap(m -> ((Menu) m).getItems().stream())
                .map(MenuItem::getText)
                .toList());
        push(KeyCode.ESCAPE);
        return texts;
    }
}
