package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview shows the part of the article the editor shows, whatever moved the editor. */
class ScrollSyncWindowTest extends WindowTestBase {
    private static final String AT_END =
            "window.pageYOffset + window.innerHeight >= document.documentElement.scrollHeight - 2";

    private double previewY() throws Exception {
        return ((Number) fx(() -> js("window.pageYOffset"))).doubleValue();
    }

    @Test
    void ctrlEndTheWheelAndCtrlHomeMoveThePreview() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            body.append("Paragraph ").append(i).append(" of a long article about harbours and their tides.\n\n");
        }
        Path md = samples.resolve("site/articles/long.md");
        Files.writeString(md, "---\ntitle: \"Long\"\n---\n\n" + body);
        open(md);
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.END);
        waitForJs(AT_END, true);

        double bottom = previewY();
        // Monocle's wheel events do not reach the editor's virtual flow, so the mouse drags its scroll bar.
        Node thumb =
                lookup(".virtualized-scroll-pane .scroll-bar:vertical .thumb").query();
        drag(thumb).dropBy(0, -150);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewY() < bottom - 100);
        assertThat(fx(() -> js(AT_END))).isEqualTo(false);

        push(KeyCode.CONTROL, KeyCode.HOME);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> previewY() == 0);
    }
}
