package org.masthead.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** -Dmasthead.trace-latency: one line per typed key, once the preview shows it; none for keys that type nothing. */
class LatencyTraceTest extends WindowTestBase {
    @Test
    void everyTypedKeyIsTracedToThePreviewThatShowsIt() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        fx(() -> LatencyTrace.watch(window, lines::add));
        open(samples.resolve("site/articles/reading-the-tide-tables.md"));
        clickOn("#markdown-area");
        write("Tide");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lines.size() >= 4);
        // The preview shows the typed word: the lines came after the page was patched with it.
        waitForJs("document.body.textContent.indexOf('Tide') >= 0", true);
        assertThat(lines).hasSize(4).allMatch(l -> l.matches("latency: key->preview \\d+\\.\\d ms"));
        push(KeyCode.RIGHT);
        push(KeyCode.LEFT);
        write("s");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lines.size() >= 5);
        assertThat(lines).as("arrows type nothing and are not traced").hasSize(5);
    }
}
