package org.masthead.render;

/**
 * Keeps bodies the Markdown parser cannot take away from it. flexmark parses and renders nested
 * block quotes and lists by recursion, so ten thousand {@code >} or a list two thousand levels deep
 * overflow the stack. No real article nests more than a handful of levels; past {@link #MAX_DEPTH}
 * the body is shown as plain text (one code block) and the checks say why.
 */
public final class NestingGuard {
    /** Deepest nesting rendered as Markdown; the parser was measured to take several times this. */
    public static final int MAX_DEPTH = 64;

    private NestingGuard() {}

    /** The line (0-based, in the body) where nesting first exceeds the limit, or -1. One pass, no parse. */
    public static int firstTooDeepLine(CharSequence body) {
        int line = 0;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int depth = 0;
            int width = 0;
            int markersWidth = 0;
            boolean marker = false;
            int j = i;
            // Count container markers and indentation at the start of the line only.
            while (j < n) {
                char c = body.charAt(j);
                if (c == ' ') {
                    width++;
                    j++;
                } else if (c == '\t') {
                    width += 4;
                    j++;
                } else if (c == '>') {
                    depth++;
                    j++;
                    if (depth == 1) markersWidth = width;
                } else if ((c == '-' || c == '*' || c == '+')
                        && j + 1 < n
                        && (body.charAt(j + 1) == ' ' || body.charAt(j + 1) == '\t')) {
                    depth++;
                    marker = true;
                    j++;
                    if (depth == 1) markersWidth = width;
                } else if (c >= '0' && c <= '9') {
                    int k = j;
                    while (k < n && k - j < 9 && body.charAt(k) >= '0' && body.charAt(k) <= '9') k++;
                    if (k < n
                            && (body.charAt(k) == '.' || body.charAt(k) == ')')
                            && k + 1 < n
                            && body.charAt(k + 1) == ' ') {
                        depth++;
                        marker = true;
                        j = k + 1;
                        if (depth == 1) markersWidth = width;
                    } else break;
                } else break;
            }
            // A list item's level also shows in the indentation before the line's first marker (two columns a level at
            // least).
            if (marker) depth += markersWidth / 2;
            if (depth > MAX_DEPTH) return line;
            while (j < n && body.charAt(j) != '\n' && body.charAt(j) != '\r') j++;
            if (j < n && body.charAt(j) == '\r' && j + 1 < n && body.charAt(j + 1) == '\n') j++;
            i = j + 1;
            line++;
        }
        return -1;
    }

    /** The body as the parser should see it: itself, or past the limit one fenced block of its text. */
    static String guarded(String body) {
        return firstTooDeepLine(body) < 0 ? body : asPlainText(body);
    }

    /** The body as one fenced code block, its text shown as it is. */
    static String asPlainText(String body) {
        int longest = 0, run = 0;
        for (int i = 0; i < body.length(); i++) {
            run = body.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + body + (body.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
