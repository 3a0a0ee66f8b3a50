package org.masthead.ui;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Edit ▸ Cut, Copy, Paste, Select All on the text with the focus, and pasting rich text as Markdown. */
class EditMenuTest extends WindowTestBase {

    @Test
    void selectAllCutAndPasteFromTheMenuActOnTheBody() throws Exception {
        open(bread());
        String body = fx(() -> window.document().article().body());
        clickOn(window.editor().area());
        chooseMenu("Edit", "Select All");
        chooseMenu("Edit", "Cut");
        waitForBody("");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(body);
        chooseMenu("Edit", "Paste");
        waitForBody(body);
    }

    @Test
    void copyFromTheMenuTakesTheFocusedFieldNotTheBody() throws Exception {
        open(bread());
        String title = fx(() -> lookup("#field-title").queryTextInputControl().getText());
        clickOn("#field-title");
        chooseMenu("Edit", "Select All");
        chooseMenu("Edit", "Copy");
        assertThat(fx(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(title);
        // Paste in the find box, from the menu, lands there and nowhere else.
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.F);
        TextField find = lookup("#find-field").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> find.isFocused()));
        fx(() -> find.clear());
        String before = fx(() -> window.document().article().text());
        chooseMenu("Edit", "Paste");
        assertThat(fx(() -> find.getText())).isEqualTo(title);
        assertThat(fx(() -> window.document().article().text())).isEqualTo(before);
    }

    @Test
    void richTextPastesAsMarkdownAndShiftPastesPlainText() throws Exception {
        open(bread());
        putOnClipboard(
                "<p>Proof the <b>dough</b> overnight, see <a href=\"https://bread.example/proof\">proofing</a>."
                        + "<script>alert(1)</script></p>",
                "Proof the dough overnight, see proofing.");
        String body = fx(() -> window.document().article().body());
        typeAtEnd("\n\n");
        push(KeyCode.CONTROL, KeyCode.V);
        waitForBody(body + "\n\nProof the **dough** overnight, see [proofing](https://bread.example/proof).");
        push(KeyCode.ENTER);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        waitForBody(body + "\n\nProof the **dough** overnight, see [proofing](https://bread.example/proof).\n"
                + "Proof the dough overnight, see proofing.");
    }

    @Test
    void plainTextPastesAsItIs() throws Exception {
        open(bread());
        putOnClipboard(null, "a *star* and <b>tags</b>\r\nsecond line");
        String body = fx(() -> window.document().article().body());
        typeAtEnd("\n");
        push(KeyCode.CONTROL, KeyCode.V);
        // A pasted block ends its last line (the text after it stays on its own line).
        waitForBody(body + "\na *star* and <b>tags</b>\nsecond line\n");
    }

    private void putOnClipboard(String html, String text) throws Exception {
        fx(() -> {
            Map<DataFormat, Object> content = new java.util.HashMap<>();
            if (html != null) content.put(DataFormat.HTML, html);
            content.put(DataFormat.PLAIN_TEXT, text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    private void waitForBody(String expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                            window.document().article().body())
                    .equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertThat(fx(() -> window.document().article().body())).isEqualTo(expected);
        }
    }
}
