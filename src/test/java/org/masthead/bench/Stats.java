package org.masthead.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and 95th percentile of a sample, in milliseconds. */
record Stats(double median, double p95, double min, int n) {
    static Stats ofNanos(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Stats(s[s.length / 2] / 1e6, s[(int) Math.ceil(s.length * 0.95) - 1] / 1e6, s[0] / 1e6, s.length);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.2f ms, p95 %.2f ms, min %.2f ms (n=%d)", median, p95, min, n);
    }
}
