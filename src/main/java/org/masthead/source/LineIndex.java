package org.masthead.source;

import java.util.Arrays;

/** Line starts of a text, for O(log n) offset-to-line lookups in long documents. */
public final class LineIndex {
    private final int[] starts;

    public LineIndex(CharSequence text) {
        int[] s = new int[64];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (n == s.length) s = Arrays.copyOf(s, n * 2);
                s[n++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, n);
    }

    /** Where a 0-based line starts. */
    public int startOf(int line) {
        return starts[line];
    }

    /** 0-based line of an offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
