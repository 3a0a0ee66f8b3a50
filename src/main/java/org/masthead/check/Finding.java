package org.masthead.check;

/**
 * One thing the checks found.
 *
 * @param key    the front-matter key it concerns, or null for the body or the file
 * @param line   1-based line in the file
 * @param column 1-based column in the file
 */
public record Finding(Severity severity, String key, int line, int column, String message) {

    /** {@code line:col: severity: [key] message}, the path added by the caller. */
    public String describe() {
        return line + ":" + column + ": " + severity.label() + ": " + (key == null ? "" : "[" + key + "] ") + message;
    }
}
