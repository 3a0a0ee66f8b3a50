package org.masthead.yaml;

import org.masthead.source.Lines;

/**
 * A YAML problem located in the text that was parsed (1-based line and column, as an editor counts
 * them). Problems found on a node also keep SnakeYAML's code-point index, so whoever holds the text
 * can place them exactly ({@link #in(String)}).
 */
public class YamlProblem extends Exception {
    private static final long serialVersionUID = 1L;
    /** The words between an alias and its missing anchor's name ("*x refers to an anchor &x ..."). */
    public static final String UNDEFINED_ANCHOR = " refers to an anchor &";

    private final int line;
    private final int column;
    private final int index;

    public YamlProblem(int line, int column, String message) {
        this(line, column, message, null);
    }

    public YamlProblem(int line, int column, String message, Throwable cause) {
        this(line, column, -1, message, cause);
    }

    private YamlProblem(int line, int column, int index, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.index = index;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /**
     * A problem at a SnakeYAML code-point index, placed as the rest of Masthead places things
     * ({@link Lines}): SnakeYAML's own line numbers count U+0085, U+2028 and U+2029 as breaks,
     * which editors do not, so only its index is trusted.
     */
    static YamlProblem at(String text, int codePointIndex, String message, Throwable cause) {
        int offset = text.offsetByCodePoints(
                0, Math.min(Math.max(codePointIndex, 0), text.codePointCount(0, text.length())));
        return new YamlProblem(
                Lines.lineOf(text, offset), Lines.columnOf(text, offset), codePointIndex, message, cause);
    }

    /** A problem at a SnakeYAML mark whose text is not at hand: its line and column until {@link #in}. */
    static YamlProblem atMark(int line, int column, int codePointIndex, String message) {
        return new YamlProblem(line, column, codePointIndex, message, null);
    }

    /** This problem placed as an editor counts lines in {@code text}, the text that was composed. */
    public YamlProblem in(String text) {
        return index < 0 ? this : at(text, index, getMessage(), getCause());
    }
}
