package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;

import org.junit.jupiter.api.Test;
import org.masthead.site.SiteValues;
import org.masthead.site.ValueCount;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The tags of a Hugo article as chips: added, removed, undone, offered from the site and respelled. */
class ChipsWindowTest extends WindowTestBase {
    /** Comments before, inside and after the list: every edit must keep them. */
    static final String HEADER = "---\n"
            + "title: Photographing a night market with a phone\n"
            + "date: 2025-04-05\n"
            + "# topics, most general first\n"
            + "tags:\n"
            + "  - photography # the section\n"
            + "  - phones\n"
            + "# end of topics\n"
            + "draft: false\n"
            + "---\n\nBody.\n";

    Path article() {
        return samples.resolve("hugo-site/content/posts/night-market-photography.md");
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    String text() throws Exception {
        return fx(() -> window.document().article().text());
    }

    List<String> chips() throws Exception {
        return fx(() -> lookup("#chips-tags").queryAs(Pane.class).getChildren().stream()
                .filter(n -> n.getStyleClass().contains("chip"))
                .map(n -> (String) n.getUserData())
                .toList());
    }

    void openArticle() throws Exception {
        Files.writeString(article(), HEADER);
        open(article());
        clickOn("#field-tags");
    }

    void undo() throws Exception {
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void enterAndCommaAddChipsBackspaceAndCrossRemoveThemAndCtrlZUndoesEach() throws Exception {
        openArticle();
        String start = text();
        assertThat(chips()).containsExactly("photography", "phones");

        write("night markets");
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        String afterEnter = text();
        assertThat(chips()).containsExactly("photography", "phones", "night markets");
        assertThat(afterEnter).contains("  - phones\n  - night markets\n# end of topics\n");

        write("street food,");
        assertThat(chips()).containsExactly("photography", "phones", "night markets", "street food");
        assertThat(text()).contains("  - night markets\n  - street food\n");
        assertThat(fx(() -> lookup("#field-tags").queryTextInputControl().getText()))
                .isEmpty();

        // Backspace in the empty box takes the last chip back into the box to be corrected.
        press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(chips()).containsExactly("photography", "phones", "night markets");
        assertThat(fx(() -> lookup("#field-tags").queryTextInputControl().getText()))
                .isEqualTo("street food");
        assertThat(text()).isEqualTo(afterEnter);

        Node cross = fx(() -> lookup("#chips-tags .chip")
                .match(n -> "phones".equals(n.getUserData()))
                .lookup(".chip-remove")
                .queryAs(Button.class));
        assertThat(fx(() -> cross.getAccessibleText())).isEqualTo("Remove phones");
        clickOn(cross);
        assertThat(chips()).containsExactly("photography", "night markets");
        assertThat(text()).contains("  - photography # the section\n  - night markets\n# end of topics\n");

        undo();
        assertThat(text()).isEqualTo(afterEnter);
        assertThat(chips()).containsExactly("photography", "phones", "night markets");
        undo(); // the chip Backspace took
        undo(); // the comma
        assertThat(text()).isEqualTo(afterEnter);
        undo(); // the Enter
        assertThat(text()).isEqualTo(start);
        assertThat(chips()).containsExactly("photography", "phones");
    }

    @Test
    void aPastedValueWithACommaStaysOneChipAndIsSavedWithTheCommentsAround() throws Exception {
        openArticle();
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("Doe, Jane");
            Clipboard.getSystemClipboard().setContent(c);
        });
        push(KeyCode.CONTROL, KeyCode.V);
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(chips()).containsExactly("photography", "phones", "Doe, Jane");
        // Plain in a block list, where a comma is part of the value (a flow list quotes it: see the next test).
        assertThat(text()).contains("  - phones\n  - Doe, Jane\n# end of topics\n");

        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> !window.document().isDirty());
        String disk = Files.readString(article());
        assertThat(disk).isEqualTo(HEADER.replace("  - phones\n", "  - phones\n  - Doe, Jane\n"));
    }

    @Test
    void aValueWithACommaInAFlowListIsWrittenQuoted() throws Exception {
        Files.writeString(article(), "---\ntitle: T\ntags: [photography, \"night markets\"] # topics\n---\n\nBody.\n");
        open(article());
        clickOn("#field-tags");
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("Doe, Jane");
            Clipboard.getSystemClipboard().setContent(c);
        });
        push(KeyCode.CONTROL, KeyCode.V);
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(chips()).containsExactly("photography", "night markets", "Doe, Jane");
        assertThat(text()).contains("tags: [photography, \"night markets\", \"Doe, Jane\"] # topics\n");
        undo();
        assertThat(text()).contains("tags: [photography, \"night markets\"] # topics\n");
        assertThat(chips()).containsExactly("photography", "night markets");
    }

    @Test
    void rawYamlEditsRefillTheChips() throws Exception {
        openArticle();
        fx(() -> window.document()
                .setHeader(
                        window.document().article().headerText().replace("  - phones\n", "  - phones\n  - lamps\n")));
        waitUntil(() -> chips().equals(List.of("photography", "phones", "lamps")));
        assertThat(fx(() -> lookup("#counter-tags").queryAs(Label.class).getText()))
                .as("a list counts its values")
                .isEqualTo("3 items");

        fx(() -> window.document().setHeader(window.document().article().headerText() + "mood: calm\n"));
        waitUntil(() -> lookup("#field-mood").tryQuery().isPresent());
        fx(() -> window.document()
                .setHeader(window.document().article().headerText().replace("mood: calm\n", "mood: [calm, dry]\n")));
        waitUntil(() -> lookup("#chips-mood").tryQuery().isPresent());
        assertThat(fx(() -> lookup("#counter-mood").queryAs(Label.class).getText()))
                .as("a key the schema lacks turned into a list in the raw YAML is chips at once")
                .isEqualTo("2 items");
    }

    @Test
    void theSiteOffersItsValuesArrowAndEnterTakeOneAndTheSpellingTipFixesAValue() throws Exception {
        Path posts = article().getParent();
        for (int i = 1; i <= 3; i++) {
            Files.writeString(
                    posts.resolve("js-" + i + ".md"),
                    "---\ntitle: JS " + i + "\ntags: [JavaScript, photography" + (i == 1 ? ", phone cases" : "")
                            + "]\n---\n\nText.\n");
        }
        openArticle();
        fx(() -> window.openSite(samples.resolve("hugo-site")));
        waitUntil(() -> window.parts().siteModel.valuesProperty().get().count("tags", "JavaScript") == 3);

        clickOn("#field-tags");
        write("ph");
        waitUntil(() -> lookup("#field-tags-suggestions").tryQuery().isPresent()
                && lookup("#field-tags-suggestions").queryAs(ListView.class).isVisible());
        @SuppressWarnings("unchecked")
        ListView<ValueCount> list = lookup("#field-tags-suggestions").queryAs(ListView.class);
        // The values already in the field are not offered.
        assertThat(fx(() -> List.copyOf(list.getItems()))).containsExactly(new ValueCount("phone cases", 1));
        press(KeyCode.DOWN).release(KeyCode.DOWN);
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(chips()).containsExactly("photography", "phones", "phone cases");

        // With the box empty the most used values are offered.
        press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE); // "phone cases" back in the box
        fx(() -> lookup("#field-tags").queryTextInputControl().clear());
        waitUntil(() -> list.getItems().size() > 1);
        assertThat(fx(() -> list.getItems().get(0))).isEqualTo(new ValueCount("JavaScript", 3));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !list.getScene().getWindow().isShowing());

        write("Javascript");
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        String tip = fx(() -> lookup("#tips-tags .label").queryAs(Label.class).getText());
        assertThat(tip).startsWith("\"Javascript\": the site usually writes \"JavaScript\" (3 articles");
        String before = text();
        clickOn(fx(() -> lookup("#tips-tags .hyperlink").queryAs(Hyperlink.class)));
        assertThat(chips()).containsExactly("photography", "phones", "JavaScript");
        assertThat(text()).contains("  - JavaScript\n").doesNotContain("Javascript");
        assertThat(fx(() -> lookup("#tips-tags .label").tryQuery())).isEmpty();
        undo();
        assertThat(text()).isEqualTo(before);
        assertThat(chips()).containsExactly("photography", "phones", "Javascript");
    }

    @Test
    void withoutASiteThereAreNoSuggestionsAndChipsStillWork() throws Exception {
        openArticle();
        assertThat(fx(() -> window.parts().siteModel.valuesProperty().get())).isSameAs(SiteValues.EMPTY);
        write("lamps");
        press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(chips()).containsExactly("photography", "phones", "lamps");
        assertThat(lookup("#field-tags-suggestions").tryQuery()).isEmpty();
        Node chip = fx(() -> lookup("#chips-tags .chip")
                .match(n -> "lamps".equals(n.getUserData()))
                .query());
        assertThat(fx(() -> chip.getAccessibleText())).startsWith("lamps: ✕ removes it");

        // Tab leaves the field, as from any other; the ✕ buttons are not stops on the way.
        Node box = lookup("#field-tags").query();
        press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = fx(() -> box.getScene().getFocusOwner());
        assertThat(focused).isNotSameAs(box);
        assertThat(fx(() -> focused.getStyleClass().contains("chip-remove"))).isFalse();
    }
}
