package org.masthead.ui.site;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * Progress from a worker to the FX thread, newest only: one update waits on the FX thread at a
 * time and shows the latest value when it runs. Ten thousand updates queued at once would stall
 * the window; the bar needs only the last.
 */
final class LatestOnFx<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean posted = new AtomicBoolean();
    private final Consumer<T> show;

    /** {@code show} runs on the FX thread with the newest value. */
    LatestOnFx(Consumer<T> show) {
        this.show = show;
    }

    /** From any thread. */
    void post(T value) {
        latest.set(value);
        if (posted.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                posted.set(false);
                show.accept(latest.get());
            });
        }
    }
}
