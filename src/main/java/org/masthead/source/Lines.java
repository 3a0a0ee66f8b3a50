package org.masthead.source;

/**
 * Line arithmetic over text that may mix LF, CRLF and lone CR line breaks. Offsets are char
 * indexes; lines and columns are 1-based, columns counted in code points as a writer sees them.
 */
public final class Lines {
    private Lines() {}

    /** Index of the line break that ends the line containing {@code pos}, or the text length. */
    public static int lineEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') return i;
            i++;
        }
        return i;
    }

    /** Index just after the line break at {@code eol} (which must be a lineEnd result). */
    public static int afterBreak(CharSequence text, int eol) {
        if (eol >= text.length()) return text.length();
        if (text.charAt(eol) == '\r' && eol + 1 < text.length() && text.charAt(eol + 1) == '\n') return eol + 2;
        return eol + 1;
    }

    /** Index of the first char of the line containing {@code pos}. */
    public static int lineStart(CharSequence text, int pos) {
        int i = Math.min(pos, text.length());
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (c == '\n' || c == '\r') return i;
            i--;
        }
        return 0;
    }

    /** Start of the line before the one starting at {@code lineStart}; 0 at the top. */
    public static int previousLineStart(CharSequence text, int lineStart) {
        int i = lineStart;
        if (i > 0 && text.charAt(i - 1) == '\n') {
            i--;
            if (i > 0 && text.charAt(i - 1) == '\r') i--;
        } else if (i > 0 && text.charAt(i - 1) == '\r') {
            i--;
        }
        return lineStart(text, i);
    }

    /** 1-based line number of {@code pos}. */
    public static int lineOf(CharSequence text, int pos) {
        int line = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') line++;
            else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) line++;
        }
        return line;
    }

    /** 1-based column of {@code pos} in code points. */
    public static int columnOf(CharSequence text, int pos) {
        int start = lineStart(text, pos);
        return Character.codePointCount(text, start, pos) + 1;
    }

    /** The line break used most often in the text; LF when there is none. */
    public static String dominantBreak(CharSequence text) {
        int lf = 0, crlf = 0, cr = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else cr++;
            } else if (c == '\n') lf++;
        }
        if (crlf > lf && crlf >= cr) return "\r\n";
        if (cr > lf && cr > crlf) return "\r";
        return "\n";
    }

    /** Leading spaces of the line containing {@code pos}. */
    public static String indentOf(CharSequence text, int pos) {
        int start = lineStart(text, pos);
        int i = start;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return text.subSequence(start, i).toString();
    }
}
