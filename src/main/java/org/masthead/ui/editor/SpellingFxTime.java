package org.masthead.ui.editor;

/**
 * How long the FX thread spends on the body's spelling marks, task by task (marking the lines
 * shown, taking a check's result, drawing the wavy lines): the benchmark reads the longest, since
 * spelling must never hold a frame back. Only the FX thread writes it.
 */
public final class SpellingFxTime {
    private static long longest;
    private static long total;
    private static long tasks;

    private SpellingFxTime() {}

    static long start() {
        return System.nanoTime();
    }

    static void end(long started) {
        long took = System.nanoTime() - started;
        tasks++;
        total += took;
        if (took > longest) longest = took;
    }

    /** The longest task since the last reset, in nanoseconds. */
    public static long longestNanos() {
        return longest;
    }

    /** All the tasks' time since the last reset, in nanoseconds. */
    public static long totalNanos() {
        return total;
    }

    public static long tasks() {
        return tasks;
    }

    public static void reset() {
        longest = 0;
        total = 0;
        tasks = 0;
    }
}
