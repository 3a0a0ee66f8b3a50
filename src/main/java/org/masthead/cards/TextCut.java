package org.masthead.cards;

import java.util.function.ToDoubleFunction;

/**
 * Cuts text the way the platforms do: to a number of characters, or to a width in pixels, at a
 * word boundary, ending in "…". Text within the limit is returned as it is.
 */
public final class TextCut {
    public static final String ELLIPSIS = "…";

    private TextCut() {}

    /** At most {@code limit} characters (code points), the "…" included. */
    public static String toChars(String text, int limit) {
        String t = text.strip();
        if (limit <= 0 || t.codePointCount(0, t.length()) <= limit) return t;
        int end = t.offsetByCodePoints(0, Math.max(0, limit - 1));
        return atWord(t, end) + ELLIPSIS;
    }

    /** At most {@code maxPx} wide in Arial at {@code fontPx}, the "…" included. */
    public static String toWidth(String text, double maxPx, double fontPx) {
        return toWidth(text, maxPx, s -> TextWidth.pixels(s, fontPx));
    }

    /** At most {@code max} wide as {@code width} measures, the "…" included. */
    public static String toWidth(String text, double max, ToDoubleFunction<String> width) {
        String t = text.strip();
        if (width.applyAsDouble(t) <= max) return t;
        // The longest prefix that fits with the ellipsis: widths only grow with length, so search.
        int[] cps = t.codePoints().toArray();
        int lo = 0, hi = cps.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width.applyAsDouble(new String(cps, 0, mid) + ELLIPSIS) <= max) lo = mid;
            else hi = mid - 1;
        }
        return atWord(t, t.offsetByCodePoints(0, lo)) + ELLIPSIS;
    }

    /**
     * The text before {@code end}, backed off to the last word boundary when {@code end} falls
     * inside a word; trailing spaces and punctuation that would sit before the "…" are dropped.
     */
    static String atWord(String t, int end) {
        String head = t.substring(0, end);
        boolean cutsWord = end < t.length()
                && !Character.isWhitespace(t.charAt(end))
                && end > 0
                && !Character.isWhitespace(t.charAt(end - 1));
        if (cutsWord) {
            int space = lastSpace(head);
            if (space > 0) head = head.substring(0, space);
        }
        int i = head.length();
        while (i > 0 && (Character.isWhitespace(head.charAt(i - 1)) || ",;:.–—-".indexOf(head.charAt(i - 1)) >= 0)) i--;
        return i == 0 ? head : head.substring(0, i);
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) if (Character.isWhitespace(s.charAt(i))) return i;
        return -1;
    }
}
