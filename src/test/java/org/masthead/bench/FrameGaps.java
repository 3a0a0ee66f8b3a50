package org.masthead.bench;

import javafx.animation.AnimationTimer;

/** Counts the frames while it runs and keeps the longest gap between two of them (start and stop on the FX thread). */
final class FrameGaps extends AnimationTimer {
    private long last;
    private long longest;
    private int frames;

    @Override
    public void handle(long now) {
        if (last != 0) longest = Math.max(longest, now - last);
        last = now;
        frames++;
    }

    /** Forgets what was seen so far (a warm-up's frames). */
    void reset() {
        last = 0;
        longest = 0;
    }

    long longestNanos() {
        return longest;
    }

    int frames() {
        return frames;
    }
}
