package org.masthead.ui.web;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Does work for requests on a background executor, keeping only the newest request that waits:
 * while one is being worked on, any number of new ones collapse into the last. Typing fast then
 * costs one render behind the writer, not one per keystroke. What the work returns runs on the
 * other executor (the FX thread in the window), in the order the work was done.
 *
 * <p>{@link #submitNumbered} and {@link #await} let the FX thread wait a few milliseconds for
 * quick work and show it at once, so the frame that shows a typed key shows the preview's change
 * too, as a page patched in the key's own handler would; without it every key took two frames.
 *
 * @param <R> a request (an article version to show)
 */
public final class LatestWins<R> {
    private final Executor background;
    private final Executor fx;
    private final Function<R, Runnable> work;
    private final AtomicReference<Pending<R>> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Steps made by the work and not yet run on the other executor, oldest first. */
    private final ConcurrentLinkedQueue<Runnable> ready = new ConcurrentLinkedQueue<>();

    private final Object lock = new Object();
    /** The last request's number, and the number of the last one whose work is done (under lock). */
    private long asked, answered;
    /** How long the last work took; only work that quick is waited for. */
    private volatile long lastWorkNanos = Long.MAX_VALUE;

    private volatile boolean stopped;

    private record Pending<R>(R request, long number) {}

    /** @param work runs on {@code background}; the step it returns (or null) runs on {@code fx} */
    public LatestWins(Executor background, Executor fx, Function<R, Runnable> work) {
        this.background = background;
        this.fx = fx;
        this.work = work;
    }

    /** Asks for work on {@code request}; a request still waiting is dropped for it. */
    public void submit(R request) {
        if (stopped) return;
        number(request);
        startIfIdle();
    }

    /**
     * As {@link #submit}, returning the request's number for {@link #await}: the caller goes on
     * with its own work while the request is worked on, and waits for it later.
     */
    public long submitNumbered(R request) {
        if (stopped) return -1;
        long number = number(request);
        startIfIdle();
        return number;
    }

    /**
     * Waits at most {@code budgetNanos} for the work on request {@code number} (or a newer one) and,
     * when it is done in time, runs the steps made so far at once; on the other executor's thread.
     * Only when the last work took less than the budget.
     */
    public void await(long number, long budgetNanos) {
        if (stopped || number < 0 || lastWorkNanos >= budgetNanos) return;
        long end = System.nanoTime() + budgetNanos;
        synchronized (lock) {
            while (answered < number) {
                long left = end - System.nanoTime();
                if (left <= 0) return;
                try {
                    lock.wait(left / 1_000_000, (int) (left % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        runReady();
    }

    private long number(R request) {
        synchronized (lock) {
            pending.set(new Pending<>(request, ++asked));
            return asked;
        }
    }

    /** Runs the steps the work made, oldest first; each runs once, here or from the other executor. */
    private void runReady() {
        Runnable step;
        while ((step = ready.poll()) != null) step.run();
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
            Pending<R> p;
            while (!stopped && (p = pending.getAndSet(null)) != null) {
                long t0 = System.nanoTime();
                Runnable show = null;
                try {
                    show = work.apply(p.request());
                    if (show != null) ready.add(show);
                } finally {
                    lastWorkNanos = System.nanoTime() - t0;
                    synchronized (lock) {
                        answered = Math.max(answered, p.number());
                        lock.notifyAll();
                    }
                }
                if (show != null) fx.execute(this::runReady);
            }
        } finally {
            running.set(false);
            // A request that came between the last poll and clearing the flag still gets its turn.
            startIfIdle();
        }
    }
}
