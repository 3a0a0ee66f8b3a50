package org.masthead.yaml;

/**
 * Turns SnakeYAML's positions into the line and column an editor shows. SnakeYAML counts U+0085,
 * U+2028 and U+2029 as line breaks (YAML 1.1 does); editors and the rest of Masthead count only
 * LF, CRLF and CR, so its own line numbers drift after such a character. Its code-point index
 * does not, so every location is recomputed from that.
 */
public final class YamlMarks {
    private YamlMarks() {}

    /** 1-based line and column (in code points) of a code-point index, breaks being LF, CRLF and CR. */
    public static int[] lineColumn(String text, int codePointIndex) {
        int line = 1, col = 1, cp = 0;
        for (int i = 0; i < text.length() && cp < codePointIndex; cp++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                col = 1;
            } else if (c != '\r') {
                col++;
            }
            i += Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    ? 2
                    : 1;
        }
        return new int[] {line, col};
    }
}
