package org.masthead.source;

import java.nio.file.Path;

/**
 * A problem in a file the writer can act on: it names the file, the line and the column (1-based),
 * so messages read like a compiler's ({@code path:line:col: reason}).
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public SourceException(Path file, int line, int column, String reason) {
        this(file, line, column, reason, null);
    }

    public SourceException(Path file, int line, int column, String reason, Throwable cause) {
        super(format(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(Path file, int line, int column, String reason) {
        String where = file == null ? "<untitled>" : file.toString();
        return where + ":" + line + ":" + column + ": " + reason;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }

    /** The same problem reported against another file, lines shifted by {@code lineOffset}. */
    public SourceException relocate(Path newFile, int lineOffset) {
        return new SourceException(newFile, line + lineOffset, column, reason, getCause());
    }
}
