package org.masthead.ui.editor;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern matches in a text: found once per change of either, so that moving the
 * selection only looks up which match it is on. Empty matches are skipped (they select nothing);
 * counting stops at {@link #CAP}.
 */
final class FindMatches {
    static final int CAP = 10_000;
    private final int[] starts;
    private final int[] ends;
    private final int count;

    private FindMatches(int[] starts, int[] ends, int count) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
    }

    static FindMatches of(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int[] starts = new int[16], ends = new int[16];
        int count = 0;
        while (count < CAP && m.find()) {
            if (m.end() == m.start()) continue;
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = m.start();
            ends[count++] = m.end();
        }
        return new FindMatches(starts, ends, count);
    }

    int count() {
        return count;
    }

    /** Which match (from 1) is exactly the range {@code start}–{@code end}; 0 when none is. */
    int indexOf(int start, int end) {
        int i = Arrays.binarySearch(starts, 0, count, start);
        return i >= 0 && ends[i] == end ? i + 1 : 0;
    }

    /** "3 of 12" on a match, "12 matches" elsewhere, "No matches". */
    String describe(int selectionStart, int selectionEnd) {
        if (count == 0) return "No matches";
        int current = indexOf(selectionStart, selectionEnd);
        String total = count >= CAP ? CAP + "+" : Integer.toString(count);
        if (current > 0) return current + " of " + total;
        return total + (count == 1 ? " match" : " matches");
    }
}
