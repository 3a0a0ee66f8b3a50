package org.masthead.ui;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** One undo history per article: Ctrl+Z and Edit ▸ Undo walk it wherever the keyboard is. */
class OneUndoWindowTest extends WindowTestBase {

    private String text() throws Exception {
        return fx(() -> window.document().article().text());
    }

    private String field(String key) throws Exception {
        return fx(() -> window.document()
                .article()
                .frontMatter()
                .orElseThrow()
                .text(key)
                .strip());
    }

    private MenuItem editItem(String startsWith) throws Exception {
        return fx(() -> ((MenuBar) lookup(".menu-bar").query())
                .getMenus().get(1).getItems().stream()
                        .filter(i -> i.getText() != null && i.getText().startsWith(startsWith))
                        .findFirst()
                        .orElseThrow());
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    @Test
    void ctrlZInTheEditorUndoesATitleEditAndTheLinkedFieldsWithIt() throws Exception {
        byte[] original = Files.readAllBytes(bread());
        open(bread());
        String title = field("title");
        clickOn("#field-title");
        push(KeyCode.END);
        write(" again");
        waitUntil(() -> field("twitter_tittle").equals(title + " again"));
        typeAtEnd("Z");
        waitUntil(() -> window.document().article().body().endsWith("Z"));
        assertThat(editItem("Undo").getText()).isEqualTo("Undo Typing");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !window.editor().area().getText().endsWith("Z"));
        assertThat(window.document().article().body()).doesNotEndWith("Z");
        assertThat(editItem("Undo").getText()).isEqualTo("Undo Edit title");
        assertThat(fx(() -> window.stage().getScene().getFocusOwner()))
                .isSameAs(window.editor().area());

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> field("title").equals(title));
        assertThat(field("twitter_tittle")).isEqualTo(title);
        assertThat(lookup("#field-title").queryAs(TextInputControl.class).getText())
                .isEqualTo(title);
        assertThat(fx(() -> window.document().links().isLinked("twitter_tittle")))
                .isTrue();
        assertThat(text()).isEqualTo(new String(original, UTF_8));
        assertThat(editItem("Undo").isDisable()).isTrue();

        push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> field("title").equals(title + " again"));
        assertThat(field("header_title")).isEqualTo(title + " again");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> window.editor().area().getText().endsWith("Z"));
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !window.document().isDirty());
        assertThat(Files.readString(bread()))
                .contains("title: \"" + title + " again\"")
                .contains("Z");
    }

    @Test
    void replaceAllIsOneStepAndTheFindBoxesKeepTheirOwnUndo() throws Exception {
        open(tides());
        String before = text();
        clickOn("#field-title");
        push(KeyCode.END);
        push(KeyCode.CONTROL, KeyCode.H);
        waitUntil(() -> lookup("#replace-field").query().isVisible());
        assertThat(text()).as("Ctrl+H in a field deleted nothing").isEqualTo(before);
        clickOn("#find-field");
        write("tide");
        clickOn("#replace-field");
        write("TIDE");
        clickOn(lookup(".button")
                .match(n -> n instanceof Button b && b.getText().equals("Replace all"))
                .queryButton());
        waitUntil(() -> window.document().article().body().contains("TIDE"));
        assertThat(editItem("Undo").getText()).isEqualTo("Undo Replace All");

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !window.document().article().body().contains("TIDE"));
        assertThat(text()).isEqualTo(before);
        assertThat(lookup("#replace-field").queryAs(TextField.class).getText())
                .as("the box keeps what was typed")
                .isEqualTo("TIDE");

        clickOn("#replace-field");
        write("S");
        waitUntil(() ->
                lookup("#replace-field").queryAs(TextField.class).getText().equals("TIDES"));
        push(KeyCode.CONTROL, KeyCode.Z);
        // The box's own undo took the typing back (how much of it is the text control's affair).
        waitUntil(() ->
                !lookup("#replace-field").queryAs(TextField.class).getText().equals("TIDES"));
        assertThat(text()).isEqualTo(before);
    }

    @Test
    void removingAFieldAsksWhenItsFollowersWouldEmptyAndUndoesInOneStep() throws Exception {
        byte[] original = Files.readAllBytes(bread());
        open(bread());
        clickOn(lookup("#row-title .field-remove").queryButton());
        var pane = dialog("#remove-followed-dialog");
        assertThat(pane.getContentText()).contains("twitter_tittle").contains("header_title");
        press(pane, ButtonBar.ButtonData.YES);
        waitUntil(() -> !window.document().article().frontMatter().orElseThrow().has("title"));
        assertThat(field("twitter_tittle")).isEmpty();
        assertThat(lookup("#field-title").queryAs(TextInputControl.class).getText())
                .isEmpty();
        assertThat(lookup("#field-header_title").queryAs(TextInputControl.class).getText())
                .isEmpty();

        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> window.document().article().frontMatter().orElseThrow().has("title"));
        assertThat(text()).isEqualTo(new String(original, UTF_8));
        assertThat(lookup("#field-twitter_tittle")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo(field("title"));

        // A field no one follows goes without a question.
        clickOn(lookup("#row-blog_url .field-remove").queryButton());
        waitUntil(() -> !window.document().article().frontMatter().orElseThrow().has("blog_url"));
        assertThat(lookup("#remove-followed-dialog").tryQuery()).isEmpty();
    }
}
