package org.masthead.batch;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Work on many items over every core, handed back in the items' order: a folder's articles are
 * read, checked and rendered side by side, and reported, counted and written one after another as
 * if done alone. At most a few results per thread wait their turn, so memory stays bounded.
 */
public final class OrderedWork {
    /** Parsing recurses; the workers get a stack like the main thread's. */
    private static final long STACK = 16L << 20;

    private OrderedWork() {}

    /** The threads a folder run uses: one per core, or {@code -Dmasthead.threads=N}. */
    public static int threads() {
        int n = Integer.getInteger("masthead.threads", Runtime.getRuntime().availableProcessors());
        return Math.max(1, n);
    }

    /**
     * Runs {@code work} for each item and gives each result to {@code done} on the caller's thread,
     * in the items' order, with its index. No new item starts once {@code cancelled} says so. An
     * exception escaping {@code work} is thrown here when its item's turn comes.
     */
    public static <T, R> void run(
            List<T> items, int threads, Function<T, R> work, BiConsumer<Integer, R> done, BooleanSupplier cancelled) {
        if (threads <= 1 || items.size() <= 1) {
            for (int i = 0; i < items.size() && !cancelled.getAsBoolean(); i++)
                done.accept(i, work.apply(items.get(i)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "masthead-work", STACK);
            t.setDaemon(true);
            return t;
        });
        try {
            ArrayDeque<Future<R>> waiting = new ArrayDeque<>();
            int next = 0, handed = 0;
            while (true) {
                while (next < items.size() && waiting.size() < 4 * threads && !cancelled.getAsBoolean()) {
                    T item = items.get(next++);
                    waiting.add(pool.submit(() -> work.apply(item)));
                }
                if (waiting.isEmpty()) return;
                done.accept(handed++, result(waiting.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) throw r;
                    if (cause instanceof Error err) throw err;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
