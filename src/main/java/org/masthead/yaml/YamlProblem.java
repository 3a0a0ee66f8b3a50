package org.masthead.yaml;

/** A YAML problem located in the text that was parsed (1-based line and column). */
public class YamlProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public YamlProblem(int line, int column, String message) {
        this(line, column, message, null);
    }

    public YamlProblem(int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }
}
