package org.masthead.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;

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
        fx(() -> {
            Node form = window.form();
            Bounds pane = form.localToScene(form.getLayoutBounds());
            assertThat(pane.getWidth()).as("the form pane's width").isGreaterThanOrEqualTo(229);
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
            TextArea title = lookup("#field-title").queryAs(TextArea.class);
            assertThat(title.isWrapText()).isTrue();
            assertThat(window.editor().getWidth()).isGreaterThanOrEqualTo(330);
            return null;
        });
    }
}
