package org.masthead.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.ui.checks.SelectionColoursTest.contrast;
import static org.masthead.ui.checks.SelectionColoursTest.themeColour;

/** A selected finding in the Checks tab is drawn in the theme's selection colours, focused or not. */
class ChecksSelectionTest extends WindowTestBase {

    @Test
    void aSelectedFindingUsesTheSelectionColoursWithAndWithoutTheFocus() throws Exception {
        open(samples.resolve("site/articles/draft-with-problems.md"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> !window.checks().list().getItems().isEmpty()));
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitForFxEvents();

        // Clicking a finding selects it and takes the writer to its field: the list loses the focus.
        clickOn(lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getIndex() == 1)
                .queryAs(Node.class));
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> fx(() -> !window.checks().list().isFocused()));
        assertSelectedRow(themeColour("selection-unfocused"), themeColour("selection-unfocused-text"));

        // Back in the list, the arrow keys move the selection, now drawn as focused.
        fx(() -> window.checks().list().requestFocus());
        push(KeyCode.DOWN);
        assertThat(fx(() -> window.checks().list().getSelectionModel().getSelectedIndex()))
                .isEqualTo(2);
        assertSelectedRow(themeColour("selection"), themeColour("selection-text"));
    }

    @Test
    void choosingALongSentenceSelectsItInTheEditor() throws Exception {
        String sentence = "This sentence goes on " + "and on ".repeat(16) + "until the reader forgets how it began.";
        java.nio.file.Path md = samples.resolve("site/articles/long-sentence.md");
        java.nio.file.Files.writeString(
                md, "---\ntitle: \"Long\"\n---\n\nA short start. " + sentence + " Then a short end.\n");
        open(md);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> window.checks().list().getItems().stream()
                        .anyMatch(f -> f.message().startsWith("a sentence of"))));
        fx(() -> window.reveal(window.checks().list().getItems().stream()
                .filter(f -> f.message().startsWith("a sentence of"))
                .findFirst()
                .orElseThrow()));
        assertThat(fx(() -> window.editor().area().getSelectedText())).isEqualTo(sentence);
    }

    /** Waits for the selected row to take these colours, then checks them and their contrast. */
    private void assertSelectedRow(Color background, Color text) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> fx(() -> background.equals(rowBackground())
                            && text.equals(label(".message").getTextFill())));
        } catch (TimeoutException e) {
            // The assertions below say which colour is off.
        }
        fx(() -> {
            assertThat(rowBackground()).isEqualTo(background);
            for (String part : new String[] {".message", ".where"}) {
                Paint fill = label(part).getTextFill();
                assertThat(fill).as(part).isEqualTo(text);
                assertThat(contrast((Color) fill, (Color) rowBackground())).isGreaterThanOrEqualTo(4.5);
            }
        });
    }

    private ListCell<?> selectedCell() {
        return lookup(".list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.isSelected() && c.getItem() != null)
                .queryAs(ListCell.class);
    }

    private Paint rowBackground() {
        return selectedCell().getBackground().getFills().get(0).getFill();
    }

    private Label label(String styleClass) {
        return (Label) selectedCell().lookup(styleClass);
    }
}
