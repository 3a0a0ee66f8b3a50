package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.masthead.check.Finding;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The window driven from the keyboard alone: panes, the Checks list, fields, closing, lines of the header. */
class KeyboardWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
    }

    private Node focus() throws Exception {
        return fx(() -> window.stage().getScene().getFocusOwner());
    }

    private static boolean inside(Node n, Node root) {
        for (; n != null; n = n.getParent()) if (n == root) return true;
        return false;
    }

    @Test
    void anArticleOpensReadyToTypeAtTheStartOfItsBody() throws Exception {
        Path md = samples.resolve("site/articles/reading-the-tide-tables.md");
        String before = Files.readString(md);
        open(md);
        // No click first: the keys go where the window put the focus.
        waitUntil(() -> focus() == window.editor().area());
        assertThat(fx(() -> window.editor().area().getCaretPosition())).isZero();
        write("Zebra ");
        waitUntil(() -> window.document().article().body().startsWith("Zebra "));
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !window.document().isDirty());
        String body = before.substring(before.indexOf("\n---", 3) + 5);
        // The body gains the word at its start (the linked lead field follows it, as it should).
        assertThat(Files.readString(md)).endsWith("\n---\nZebra " + body);
    }

    @Test
    void f6GoesFromPaneToPaneAndCtrl3PutsTheArrowsInTheChecksList() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        push(KeyCode.F6);
        waitUntil(() -> focus() == window.outputs());
        push(KeyCode.F6);
        waitUntil(() -> focus() == window.checks().list());
        push(KeyCode.F6);
        waitUntil(() -> inside(focus(), window.form()));
        assertThat(fx(() ->
                        window.outputs().getSelectionModel().getSelectedItem().getId()))
                .as("passing through the Checks list leaves the preview shown")
                .isEqualTo("tab-article");
        push(KeyCode.F6);
        waitUntil(() -> focus() == window.editor().area());
        push(KeyCode.SHIFT, KeyCode.F6);
        waitUntil(() -> inside(focus(), window.form()));

        // An article with findings in the body and the header.
        Path md = samples.resolve("site/articles/keys.md");
        Files.writeString(md, "---\ntitle: \"x\"\n---\n\nText with [a link](javascript:alert(1)).\n");
        open(md);
        waitUntil(() -> window.checks().list().getItems().size() >= 2);
        clickOn(window.editor().area());
        int caret = fx(() -> window.editor().area().getCaretPosition());
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<Finding> list = window.checks().list();
        waitUntil(() -> focus() == list);
        assertThat(fx(() -> list.getSelectionModel().getSelectedIndex())).isZero();
        push(KeyCode.DOWN);
        assertThat(fx(() -> list.getSelectionModel().getSelectedIndex())).isEqualTo(1);
        assertThat(fx(() -> window.editor().area().getCaretPosition()))
                .as("the arrows moved the list, not the caret")
                .isEqualTo(caret);
    }

    @Test
    void tabLeavesAMultiLineFieldAndCtrlTabGoesToTheNextArticle() throws Exception {
        Path other = samples.resolve("site/articles/other.md");
        Files.writeString(other, "---\ntitle: \"Other\"\n---\n\nBody.\n");
        fx(() -> window.open(other));
        fx(() -> window.open(bread()));
        waitForPreview();
        clickOn("#field-des");
        TextArea des = lookup("#field-des").queryAs(TextArea.class);
        String text = des.getText();
        push(KeyCode.TAB);
        waitUntil(() -> focus() != des);
        assertThat(des.getText()).isEqualTo(text);
        assertThat(window.document().path()).as("Tab stays in the article").isEqualTo(bread());
        clickOn("#field-des");
        push(KeyCode.CONTROL, KeyCode.END);
        push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntil(() -> window.document().path().endsWith("other.md"));
        assertThat(des.getText()).as("no tab typed in the field").isEqualTo(text);
    }

    @Test
    void ctrlWClosesTheArticleAndKeepsTheWindow() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> window.document().isUntitled());
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(fx(() -> window.stage().getTitle())).doesNotContain("winter-bread");
    }

    @Test
    void goToALineOfTheHeaderOpensTheRawYamlThere() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField line = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        doubleClickOn(line);
        push(KeyCode.CONTROL, KeyCode.A);
        write("4");
        waitUntil(() -> line.getText().equals("4"));
        push(KeyCode.ENTER);
        waitUntil(() -> window.form().isRawShown());
        CodeArea raw = lookup("#raw-yaml").queryAs(CodeArea.class);
        waitUntil(() -> focus() == raw);
        assertThat(fx(raw::getCurrentParagraph))
                .as("file line 4 is the header's third")
                .isEqualTo(2);
    }

    @Test
    void aFindingAboutABrokenHeaderOpensTheRawYamlAtItsLine() throws Exception {
        Path md = samples.resolve("site/articles/broken-quote.md");
        Files.writeString(md, "---\ntitle: \"fine\"\ndes: \"never closed\nslug: x\n---\n\nBody.\n");
        open(md);
        assertThat(lookup("#yaml-error").queryLabeled().getText())
                .startsWith("The front matter does not parse. Line 3: The closing quote (\") of des is missing.");
        waitUntil(() -> !window.checks().list().getItems().isEmpty());
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        ListView<Finding> list = window.checks().list();
        int row = fx(() -> list.getItems().stream()
                .filter(f -> f.line() == 3)
                .findFirst()
                .map(list.getItems()::indexOf)
                .orElseThrow());
        fx(() -> list.getSelectionModel().select(row));
        push(KeyCode.ENTER);
        waitUntil(() -> window.form().isRawShown());
        CodeArea raw = lookup("#raw-yaml").queryAs(CodeArea.class);
        assertThat(fx(raw::getCurrentParagraph)).isEqualTo(1);
        assertThat(fx(() -> raw.getParagraph(1).getParagraphStyle())).containsExactly("error-line");
        assertThat(lookup("#yaml-error").queryLabeled().getText()).doesNotContain("Click");
    }

    @Test
    void aBooleanIsACheckboxAndConvertToUtf8IsOffForUtf8() throws Exception {
        Path post = samples.resolve("hugo-site/content/posts/night-market-photography.md");
        open(post);
        CheckBox draft = lookup("#field-draft").queryAs(CheckBox.class);
        assertThat(draft.isSelected()).isFalse();
        clickOn(draft);
        waitUntil(() -> window.document().article().text().contains("\ndraft: true\n"));
        MenuItem toUtf8 = fx(() -> ((MenuBar) lookup(".menu-bar").query())
                .getMenus().get(0).getItems().stream()
                        .filter(i -> "Convert to UTF-8".equals(i.getText()))
                        .findFirst()
                        .orElseThrow());
        assertThat(toUtf8.isDisable()).isTrue();
    }

    @Test
    void anEmptyLinkedFieldFillsAtOpenAsOneUndoableStep() throws Exception {
        String text = Files.readString(bread())
                .replace("  twitter_tittle: \"Notes from a winter of baking bread at home\"", "  twitter_tittle: \"\"");
        Files.writeString(bread(), text);
        open(bread());
        assertThat(lookup("#field-twitter_tittle").queryTextInputControl().getText())
                .isEqualTo("Notes from a winter of baking bread at home");
        assertThat(window.document().isDirty()).isTrue();
        assertThat(lookup("#status-message").queryLabeled().getText()).contains("Filled twitter_tittle");
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> window.document().article().text().equals(text));
        assertThat(window.document().isDirty()).isFalse();
    }
}
