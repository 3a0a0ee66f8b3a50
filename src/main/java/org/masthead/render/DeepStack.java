package org.masthead.render;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs parser work that may recurse deeper than a thread's stack: flexmark matches link titles,
 * bracketed destinations and HTML attributes with regular expressions that recurse once per
 * character, so a 100,000-character title overflows an ordinary stack. The work runs where it is
 * asked first (no cost for ordinary text) and, only if it overflowed, once more on a thread with a
 * large stack; the memory is reserved, not used, until the recursion needs it.
 */
final class DeepStack {
    private static final long BIG_STACK = 1L << 30;

    private DeepStack() {}

    /** The work's result; a {@link StackOverflowError} only if even the large stack was not enough. */
    static <T> T run(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            return onStack("masthead-deep-parse", BIG_STACK, work);
        }
    }

    /** Runs {@code work} on a new thread with a stack of {@code bytes} and waits for it; its failure is rethrown. */
    static <T> T onStack(String name, long bytes, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(
                null,
                () -> {
                    try {
                        result.set(work.get());
                    } catch (Throwable e) {
                        failure.set(e);
                    }
                },
                name,
                bytes);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable f = failure.get();
        if (f instanceof RuntimeException r) throw r;
        if (f instanceof Error err) throw err;
        return result.get();
    }
}
