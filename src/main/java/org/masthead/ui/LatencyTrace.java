package org.masthead.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.input.KeyEvent;

/**
 * With {@code -Dmasthead.trace-latency=true}, prints "latency: key->preview N.N ms" for every key
 * that types into the editor: from the editor's {@code KEY_PRESSED} filter to the first
 * post-layout pulse after the preview showed a version that includes the key, measured as the
 * performance benchmark measures its JavaFX floor.
 */
final class LatencyTrace {
    /** A typed key: when it was pressed, and the document's version before it. */
    private record Key(long pressed, long versionBefore) {}

    private final MainWindow window;
    private final Consumer<String> out;
    private final ArrayDeque<Key> waiting = new ArrayDeque<>();
    private final List<Key> shown = new ArrayList<>();
    private long pressedAt = -1;
    private long versionAtPress;

    private LatencyTrace(MainWindow window, Consumer<String> out) {
        this.window = window;
        this.out = out;
    }

    static void watch(MainWindow window, Consumer<String> out) {
        LatencyTrace t = new LatencyTrace(window, out);
        var area = window.editor().area();
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            t.pressedAt = System.nanoTime();
            t.versionAtPress = window.documentVersion();
        });
        // Only keys that type something change the preview; the others are not traced.
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (t.pressedAt >= 0 && !e.getCharacter().isEmpty()) t.waiting.add(new Key(t.pressedAt, t.versionAtPress));
            t.pressedAt = -1;
        });
        window.preview().shownVersionProperty().addListener((o, a, v) -> t.previewShowed(v.longValue()));
        window.stage().getScene().addPostLayoutPulseListener(t::pulse);
    }

    private void previewShowed(long version) {
        boolean any = false;
        while (!waiting.isEmpty() && version > waiting.peek().versionBefore()) {
            shown.add(waiting.poll());
            any = true;
        }
        // The frame that shows the patched page is the one measured.
        if (any) Platform.requestNextPulse();
    }

    private void pulse() {
        if (shown.isEmpty()) return;
        long now = System.nanoTime();
        for (Key k : shown)
            out.accept(String.format(Locale.ROOT, "latency: key->preview %.1f ms", (now - k.pressed()) / 1e6));
        shown.clear();
    }
}
