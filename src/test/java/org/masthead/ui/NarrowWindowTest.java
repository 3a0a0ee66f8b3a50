package org.masthead.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** At 900×600 every pane keeps its controls whole, and a long title wraps. */
class NarrowWindowTest extends WindowTestBase {

    @Test
    void theFormKeepsItsButtonsAndCountersInViewAt900By600() throws Exception {
        fx(() -> {
            window.stage().setWidth(900);
            window.stage().setHeight(600);
        });
        open(bread());
        // The form pushed to its least width, as a writer dragging the divider would.
        fx(() -> ((SplitPane) lookup("#main-split").query()).setDividerPosition(0, 0.0));
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            Node form = window.form();
            Bounds whole = form.localToScene(form.getLayoutBounds());
            ScrollPane scroll = (ScrollPane) lookup("#form-scroll").query();
            Bounds pane = scroll.localToScene(scroll.getLayoutBounds());
            assertThat(whole.getWidth()).as("the form pane's width").isBetween(229.0, 240.0);
            assertThat(scroll.getContent().getLayoutBounds().getWidth())
                    .as("no sideways scrolling")
                    .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 0.5);
            for (String key : new String[] {"title", "blog_url", "img_alt", "des"}) {
                Button remove =
                        (Button) lookup("#row-" + key + " .field-remove").query();
                Bounds b = remove.localToScene(remove.getLayoutBounds());
                assertThat(b.getMaxX()).as("%s's ✕ inside the pane", key).isLessThanOrEqualTo(pane.getMaxX());
                assertThat(remove.getWidth()).as("%s's ✕ whole", key).isGreaterThanOrEqualTo(remove.prefWidth(-1));
                Node counter = lookup("#counter-" + key).query();
                assertThat(counter.localToScene(counter.getLayoutBounds()).getMaxX())
                        .isLessThanOrEqualTo(pane.getMaxX());
            }
            Button open = (Button) lookup("#row-blog_url .button")
                    .match(n -> ((Button) n).getText().equals("↗"))
                    .query();
            assertThat(open.localToScene(open.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
            for (String label : new String[] {"Choose…", "Frame…"}) {
                Node n = lookup("#row-page_image_src_rel .button")
                        .match(b -> ((Button) b).getText().equals(label))
                        .query();
                String id = label;
                Bounds b = n.localToScene(n.getLayoutBounds());
                assertThat(b.getMaxX()).as("%s inside the pane", id).isLessThanOrEqualTo(pane.getMaxX());
                assertThat(b.getWidth()).as("%s whole", id).isGreaterThanOrEqualTo(n.prefWidth(-1) - 0.5);
            }
            TextArea title = lookup("#field-title").queryAs(TextArea.class);
            assertThat(title.isWrapText()).isTrue();
            assertThat(window.editor().getWidth()).isGreaterThanOrEqualTo(330);
            return null;
        });
    }
}
