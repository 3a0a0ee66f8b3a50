package org.masthead.ui.web;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Does work for requests on a background executor, keeping only the newest request that waits:
 * while one is being worked on, any number of new ones collapse into the last. Typing fast then
 * costs one render behind the writer, not one per keystroke. What the work returns runs on the
 * other executor (the FX thread in the window).
 *
 * @param <R> a request (an article version to show)
 */
public final class LatestWins<R> {
    private final Executor background;
    private final Executor fx;
    private final Function<R, Runnable> work;
    private final AtomicReference<R> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;

    /** @param work runs on {@code background}; the step it returns (or null) runs on {@code fx} */
    public LatestWins(Executor background, Executor fx, Function<R, Runnable> work) {
        this.background = background;
        this.fx = fx;
        this.work = work;
    }

    /** Asks for work on {@code request}; a request still waiting is dropped for it. */
    public void submit(R request) {
        if (stopped) return;
        pending.set(request);
        startIfIdle();
    }

    /** No more work is started; a request still waiting is dropped. */
    public void stop() {
        stopped = true;
        pending.set(null);
    }

    private void startIfIdle() {
        if (stopped || pending.get() == null || !running.compareAndSet(false, true)) return;
        try {
            background.execute(this::drain);
        } catch (RejectedExecutionException e) {
            running.set(false); // the executor was shut down: the window is closing
        }
    }

    private void drain() {
        try {
            R r;
            while (!stopped && (r = pending.getAndSet(null)) != null) {
                Runnable show = work.apply(r);
                if (show != null) fx.execute(show);
            }
        } finally {
            running.set(false);
            // A request that came between the last poll and clearing the flag still gets its turn.
            startIfIdle();
        }
    }
}
