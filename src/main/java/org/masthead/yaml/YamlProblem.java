package org.masthead.yaml;

/**
 * A YAML problem located in the text that was parsed (1-based line and column, as an editor counts
 * them). Problems found on a node also keep SnakeYAML's code-point index, so whoever holds the text
 * can place them exactly ({@link #in(String)}).
 */
public class YamlProblem extends Exception {
    private static final long serialVersionUID = 1L;
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

    /** A problem at a SnakeYAML code-point index; its line and column are an editor's in {@code text}. */
    static YamlProblem at(String text, int codePointIndex, String message, Throwable cause) {
        int[] lc = YamlMarks.lineColumn(text, codePointIndex);
        return new YamlProblem(lc[0], lc[1], codePointIndex, message, cause);
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
