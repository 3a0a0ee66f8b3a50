package org.masthead.article;

import java.util.Optional;

import org.masthead.source.Lines;

/**
 * Where the front matter block sits in an article's text: the opening {@code ---} line at the very
 * top, the YAML between, and the closing {@code ---} or {@code ...} line. Offsets are char indexes.
 *
 * @param headerStart first char of the YAML (after the opening line's break)
 * @param headerEnd   first char of the closing delimiter line
 * @param end         first char of the body (after the closing line's break)
 */
public record FrontMatterSpan(int headerStart, int headerEnd, int end) {

    /** The block at the top of {@code text}, if the text opens with one that is closed. */
    public static Optional<FrontMatterSpan> find(String text) {
        int eol = Lines.lineEnd(text, 0);
        if (!isDelimiter(text, 0, eol, false) || eol == text.length()) return Optional.empty();
        int headerStart = Lines.afterBreak(text, eol);
        int pos = headerStart;
        while (pos < text.length()) {
            int lineEnd = Lines.lineEnd(text, pos);
            if (isDelimiter(text, pos, lineEnd, true)) {
                return Optional.of(new FrontMatterSpan(headerStart, pos, Lines.afterBreak(text, lineEnd)));
            }
            if (lineEnd == text.length()) break;
            pos = Lines.afterBreak(text, lineEnd);
        }
        return Optional.empty();
    }

    /** {@code ---} (or, to close, {@code ...}) alone on a line, trailing spaces allowed. */
    static boolean isDelimiter(String text, int start, int end, boolean closing) {
        String line = text.substring(start, end).stripTrailing();
        return line.equals("---") || (closing && line.equals("..."));
    }

    /** True if the text opens with a {@code ---} line that is never closed. */
    public static boolean opensWithoutClosing(String text) {
        int eol = Lines.lineEnd(text, 0);
        return isDelimiter(text, 0, eol, false) && find(text).isEmpty();
    }
}
