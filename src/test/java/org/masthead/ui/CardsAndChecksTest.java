package org.masthead.ui;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Cards tab, the Checks tab and the linked fields, driven through the real window. */
class CardsAndChecksTest extends WindowTestBase {

    private static String text(String platform, String part) {
        return "(function(){var e=document.querySelector('#card-" + platform + " " + part
                + "');return e?e.textContent:'';})()";
    }

    @Test
    void editingTheTitleChangesTheXAndFacebookCards() throws Exception {
        open(bread());
        clickOn("#tab-cards");
        waitForCards(text("facebook", ".c-title"), "Notes from a winter of baking bread at home");
        assertThat(fx(() -> cardsJs(text("x-summary-large-image", ".c-title"))))
                .isEqualTo("Notes from a winter of baking bread at home");
        assertThat(fx(() -> cardsJs(text("facebook", ".c-domain")))).isEqualTo("harbournotes.example");
        assertThat(fx(() -> cardsJs("document.querySelector('#card-discord .text').style.borderLeftColor")))
                .isEqualTo("rgb(31, 111, 139)");

        replaceFieldText("#field-title", "Bread in a cold kitchen");
        waitForCards(text("facebook", ".c-title"), "Bread in a cold kitchen");
        // X reads twitter:title, which follows the title while linked.
        waitForCards(text("x-summary-large-image", ".c-title"), "Bread in a cold kitchen");
        assertThat(window.form().isLinkShown("twitter_tittle")).isTrue();

        // Typing into the X title unlinks it: X shows it, Facebook keeps og:title.
        replaceFieldText("#field-twitter_tittle", "Winter loaves");
        waitForCards(text("x-summary-large-image", ".c-title"), "Winter loaves");
        assertThat(fx(() -> cardsJs(text("facebook", ".c-title")))).isEqualTo("Bread in a cold kitchen");
        assertThat(window.form().isLinkShown("twitter_tittle")).isFalse();
        replaceFieldText("#field-title", "Bread, slowly");
        waitForCards(text("facebook", ".c-title"), "Bread, slowly");
        assertThat(fx(() -> cardsJs(text("x-summary-large-image", ".c-title")))).isEqualTo("Winter loaves");

        // The link button makes it follow again.
        clickOn("#link-twitter_tittle");
        waitForCards(text("x-summary-large-image", ".c-title"), "Bread, slowly");
        assertThat(lookup("#field-twitter_tittle")
                        .queryAs(TextInputControl.class)
                        .getText())
                .isEqualTo("Bread, slowly");
        assertThat(window.form().isLinkShown("twitter_tittle")).isTrue();

        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        String saved = Files.readString(bread());
        assertThat(saved)
                .contains(
                        "  title: \"Bread, slowly\"",
                        "  twitter_tittle: \"Bread, slowly\"",
                        "  header_title: \"Bread, slowly\"");
    }

    @Test
    void sourcesCropAndFallbacksShowInTheCards() throws Exception {
        open(bread());
        clickOn("#tab-cards");
        waitForCards(text("facebook", ".c-title"), "Notes from a winter of baking bread at home");
        clickOn("#cards-sources");
        clickOn("#cards-crop");
        waitForCards("document.body.className", "cards show-sources show-crop");
        assertThat(fx(() -> cardsJs("getComputedStyle(document.querySelector('#card-facebook .sources')).display")))
                .isEqualTo("grid");
        assertThat(fx(() -> cardsJs("getComputedStyle(document.querySelector('#card-facebook .c-crop')).display")))
                .isEqualTo("block");

        // An emptied X title: X falls back to og:title, and the sources say so.
        replaceFieldText("#field-twitter_tittle", "x");
        push(KeyCode.BACK_SPACE);
        waitForCards(text("x-summary-large-image", ".sources dd"), "from og:title — twitter:title missing");
        assertThat(fx(() -> cardsJs(text("x-summary-large-image", ".c-title"))))
                .isEqualTo("Notes from a winter of baking bread at home");
    }

    @Test
    void theLeadFollowsTheBodyWhileTyping() throws Exception {
        open(bread());
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.HOME);
        write("Plainly: ");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> window.document()
                        .article()
                        .frontMatter()
                        .orElseThrow()
                        .text("page_first_p")
                        .startsWith("Plainly: My kitchen drops")));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> lookup("#field-page_first_p")
                        .queryAs(TextArea.class)
                        .getText()
                        .startsWith("Plainly: My kitchen")));
    }

    @Test
    void theChecksListEveryFindingAndTakeTheWriterToIt() throws Exception {
        open(samples.resolve("site/articles/draft-with-problems.md"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> !window.checks().list().getItems().isEmpty()));
        clickOn("#status-findings");
        assertThat(window.outputs().getSelectionModel().getSelectedItem().getId())
                .isEqualTo("tab-checks");
        var items = window.checks().list().getItems();
        assertThat(items).hasSize(13); // the X description X's large card hides is one of its tips
        assertThat(items.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(items.get(items.size() - 1).severity()).isEqualTo(Severity.TIP);
        assertThat(lookup("#checks-summary").queryLabeled().getText()).isEqualTo("4 errors · 7 warnings · 2 tips");
        assertThat(lookup("#status-findings").queryLabeled().getText()).isEqualTo("4 errors · 7 warnings · 2 tips");

        Finding dateError = items.stream()
                .filter(f -> "page_date".equals(f.key()))
                .findFirst()
                .orElseThrow();
        fx(() -> window.checks().list().getSelectionModel().select(dateError));
        fx(() -> window.checks().list().scrollTo(dateError));
        clickOn(lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getItem() == dateError)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    Node focused = window.stage().getScene().getFocusOwner();
                    return focused != null
                            && lookup("#row-page_date")
                                    .queryAs(Node.class)
                                    .lookupAll("*")
                                    .contains(focused);
                }));

        Finding bodyFinding =
                items.stream().filter(f -> f.key() == null).findFirst().orElseThrow();
        fx(() -> window.reveal(bodyFinding));
        assertThat(fx(() -> window.editor().firstLine() + window.editor().area().getCurrentParagraph()))
                .isEqualTo(bodyFinding.line());
    }
}
