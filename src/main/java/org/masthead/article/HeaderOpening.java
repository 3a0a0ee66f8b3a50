package org.masthead.article;

import java.util.Optional;

import org.masthead.source.Lines;

/**
 * Openings that look like a header but are not one Masthead reads: a {@code ---} never closed, a TOML
 * {@code +++} header, or a {@code ---} below blank lines (site generators read all of these as body).
 * The checks warn about them and edits refuse them, since adding a header above would turn the
 * writer's header into body text.
 */
public final class HeaderOpening {
    public static final String NEVER_CLOSED =
            "the '---' on the first line opens a front matter that is never closed; the whole file is read as body";
    public static final String TOML =
            "the file opens with a '+++' (TOML) front matter; Masthead reads and edits YAML front matter only";
    public static final String AFTER_BLANK_LINES =
            "a '---' after blank lines is not front matter (site generators read it as body); remove the "
                    + "blank lines above it";

    /** Where the problem is (1-based line and column) and what it is. */
    public record Problem(int line, int column, String message) {}

    private HeaderOpening() {}

    /** The problem with the text's opening, if it has a header-like opening that is not a readable header. */
    public static Optional<Problem> of(String text) {
        if (FrontMatterSpan.find(text).isPresent()) return Optional.empty();
        int eol = Lines.lineEnd(text, 0);
        String first = text.substring(0, eol).stripTrailing();
        if (first.equals("---")) return Optional.of(new Problem(1, 1, NEVER_CLOSED));
        if (first.equals("+++")) return Optional.of(new Problem(1, 1, TOML));
        int pos = 0;
        int line = 1;
        while (text.substring(pos, Lines.lineEnd(text, pos)).isBlank()) {
            int end = Lines.lineEnd(text, pos);
            if (end == text.length()) return Optional.empty();
            pos = Lines.afterBreak(text, end);
            line++;
        }
        boolean delimiter = FrontMatterSpan.isDelimiter(text, pos, Lines.lineEnd(text, pos), false);
        return line > 1 && delimiter ? Optional.of(new Problem(line, 1, AFTER_BLANK_LINES)) : Optional.empty();
    }
}
