package org.masthead.cli;

/**
 * Text from a file made safe to print as one line: a key or value can hold a line break, which
 * would split a finding in two for the tools that read one per line, or ESC, BEL and the like,
 * which a terminal obeys. Such characters are written as escapes ({@code \n}, {@code \x1b},
 * {@code \u202e}); backslashes stay as they are, so Windows paths read as usual.
 */
final class TerminalText {
    private TerminalText() {}

    static String line(String s) {
        if (s == null) return "null";
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escape(c);
            if (escape == null) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(escape);
        }
        return sb == null ? s : sb.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        // C0 controls and DEL, C1 controls (0x9b is a CSI on some terminals), line and paragraph
        // separators, and the bidirectional controls that reorder what the reader sees.
        if (c < 0x20 || c == 0x7F) return String.format("\\x%02x", (int) c);
        if ((c >= 0x80 && c <= 0x9F)
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
