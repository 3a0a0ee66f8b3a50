package org.masthead.ui;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The find bar in the real window: it fits a narrow editor and its count follows every change. */
class FindBarTest extends WindowTestBase {

    private String status() {
        return lookup("#find-status").queryLabeled().getText();
    }

    @Test
    void theBarFitsANineHundredPixelWindowAndNamesItsOptions() throws Exception {
        fx(() -> {
            window.stage().setWidth(900);
            window.stage().setHeight(600);
        });
        open(tides());
        assertThat(fx(() -> window.stage().getScene().getWidth())).isEqualTo(900);
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.H);
        write("twelfth");
        assertThat(status()).isEqualTo("6 matches");
        assertEverythingShows();

        // The longest thing the count says.
        push(KeyCode.ALT, KeyCode.R);
        push(KeyCode.CONTROL, KeyCode.A);
        write("(twelfth");
        assertThat(status()).isEqualTo("Invalid");
        assertThat(lookup("#find-status").queryLabeled().getTooltip().getText()).startsWith("Unclosed group");
        assertEverythingShows();

        assertThat(List.of("#find-match-case", "#find-whole-word", "#find-regex", "#find-previous", "#find-next"))
                .extracting(
                        id -> lookup(id).queryAs(ButtonBase.class).getTooltip().getText())
                .containsExactly(
                        "Match case (Alt+C)",
                        "Whole word (Alt+W)",
                        "Regular expression (Alt+R)",
                        "Previous match (Shift+F3)",
                        "Next match (Enter, F3)");
    }

    /** Every button and label of the bar shows its whole text, inside the bar, beside a usable field. */
    private void assertEverythingShows() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Node bar = lookup("#find-bar").query();
            double right = bar.getLayoutBounds().getMaxX();
            // The editor keeps its share of the window, and the bar's least width fits in it.
            assertThat(window.editor().getWidth()).isLessThan(0.4 * 900);
            assertThat(((Region) bar).minWidth(-1))
                    .isLessThanOrEqualTo(window.editor().getWidth());
            assertThat(right).isLessThanOrEqualTo(window.editor().getWidth());
            for (Node n : bar.lookupAll(".labeled")) {
                if (!n.isVisible() || !(n instanceof Labeled l) || l.getText() == null) continue;
                Text shown = (Text) l.lookup(".text");
                assertThat(shown.getText()).as(l.getId()).isEqualTo(l.getText());
                assertThat(bar.sceneToLocal(l.localToScene(l.getLayoutBounds())).getMaxX())
                        .as(l.getId())
                        .isLessThanOrEqualTo(right);
            }
            assertThat(lookup("#find-field").queryAs(TextField.class).getWidth())
                    .isGreaterThanOrEqualTo(60);
        });
    }

    @Test
    void theCountFollowsTheOptionsTheTextTheBodyAndUndo() throws Exception {
        open(tides());
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.F);
        write("high");
        assertThat(status()).isEqualTo("6 matches");
        push(KeyCode.ALT, KeyCode.C);
        assertThat(status()).isEqualTo("5 matches");
        push(KeyCode.ALT, KeyCode.C);
        push(KeyCode.ALT, KeyCode.W);
        assertThat(status()).isEqualTo("4 matches");
        push(KeyCode.F3);
        assertThat(status()).isEqualTo("1 of 4");
        push(KeyCode.SHIFT, KeyCode.F3);
        assertThat(status()).isEqualTo("4 of 4");
        push(KeyCode.ALT, KeyCode.W);
        assertThat(lookup("#find-whole-word").queryAs(ToggleButton.class).isSelected())
                .isFalse();

        // Ticking Regex counts at once, without looking for the next match first.
        push(KeyCode.CONTROL, KeyCode.A);
        write("twelfths?");
        assertThat(status()).isEqualTo("No matches");
        push(KeyCode.ALT, KeyCode.R);
        assertThat(status()).isEqualTo("6 matches");

        // Typing in the body, with the bar open.
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        write(" A twelfth more.");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> status().equals("7 matches")));

        push(KeyCode.CONTROL, KeyCode.H);
        clickOn("#replace-field").write("part");
        clickOn("#replace-all");
        assertThat(status()).isEqualTo("7 replaced");
        assertThat(window.document().article().body()).doesNotContainIgnoringCase("twelfth");

        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().article().body()).contains("A twelfth more.");
        assertThat(status()).isEqualTo("7 matches");
    }
}
