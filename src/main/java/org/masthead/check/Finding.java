package org.masthead.check;

/**
 * One thing the checks found.
 *
 * @param key    the front-matter key it concerns, or null for the body or the file
 * @param line   1-based line in the file
 * @param column 1-based column in the file
 * @param rule   the kind of finding when it is not about a key's rules ({@value #SPELLING}), else null
 * @param length how many characters of the text from there it is about (a long sentence); 0 for a place
 */
public record Finding(Severity severity, String key, int line, int column, String message, String rule, int length) {
    public static final String SPELLING = "spelling";
    public static final String READABILITY = "readability";
    /** A problem of the site's template or stylesheets ({@code page} in masthead.yml). */
    public static final String PAGE = "page";
    /** The exported page's JSON-LD against Google's Article guidance. */
    public static final String STRUCTURED_DATA = "structured-data";
    /** What X's card of today leaves out. */
    public static final String X_CARD = "x-card";

    public Finding(Severity severity, String key, int line, int column, String message) {
        this(severity, key, line, column, message, null, 0);
    }

    public Finding(Severity severity, String key, int line, int column, String message, String rule) {
        this(severity, key, line, column, message, rule, 0);
    }

    /** {@code line:col: severity: [rule or key] message}, the path added by the caller. */
    public String describe() {
        String tag = rule != null ? rule : key;
        return line + ":" + column + ": " + severity.label() + ": " + (tag == null ? "" : "[" + tag + "] ") + message;
    }
}
