package org.masthead.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Scalars written over several lines: literal and folded blocks, and quoted text whose line breaks
 * are folded (a blank line per break). Each method returns null where its style cannot hold the value exactly, so the
 * caller can fall back to another style.
 */
public final class MultiLineScalars {
    private MultiLineScalars() {}

    /**
     * A literal ({@code |}) or folded ({@code >}) block: the indicator line, then the content lines.
     * The text ends after the last content line; a kept chomp ({@code +}) writes all but the final
     * trailing break, which the following text supplies.
     *
     * @param parentIndent the indentation of the key the block belongs to
     * @param foldWidth for a folded block, the width its lines were wrapped at (0: no wrapping)
     */
    public static String block(
            String value, ScalarStyle style, String indent, int parentIndent, String eol, int foldWidth) {
        if (value.isEmpty() || value.indexOf('\r') >= 0 || !ScalarWriter.allPrintable(value)) return null;
        int trailing = 0;
        while (trailing < value.length() && value.charAt(value.length() - 1 - trailing) == '\n') trailing++;
        String content = value.substring(0, value.length() - trailing);
        if (content.isEmpty()) return null;
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        String[] lines = content.split("\n", -1);
        String extra = eol.repeat(Math.max(0, trailing - 1));
        if (style == ScalarStyle.FOLDED) {
            String folded = folded(lines, indent, eol, foldWidth);
            if (folded != null) return ">" + chomp + folded + extra;
        }
        // The indentation indicator counts from the key's own indentation.
        int relative = indent.length() - parentIndent;
        String indicator = needsIndentIndicator(lines) ? String.valueOf(relative) : "";
        if (!indicator.isEmpty() && (relative < 1 || relative > 9)) return null;
        StringBuilder sb = new StringBuilder("|").append(indicator).append(chomp);
        for (String l : lines) {
            sb.append(eol);
            if (!l.isEmpty()) sb.append(indent).append(l);
        }
        return sb.append(extra).toString();
    }

    /**
     * Content whose first text line starts with a blank (or that opens with blank-only lines) needs its indent stated.
     */
    private static boolean needsIndentIndicator(String[] lines) {
        for (String l : lines) {
            if (l.isEmpty()) continue;
            return l.charAt(0) == ' ' || l.charAt(0) == '\t' || l.isBlank();
        }
        return false;
    }

    /**
     * Folded content: a break between two lines of the value is written as an empty line (a single
     * break would read as a space); long lines are wrapped at single spaces, which read back as spaces.
     */
    private static String folded(String[] lines, String indent, String eol, int width) {
        if (lines[0].isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        int breaks = 0;
        for (String l : lines) {
            if (l.isEmpty()) {
                breaks++;
                continue;
            }
            // Lines that start with a blank are kept literally by folding, with their breaks: not worth the risk.
            if (l.charAt(0) == ' ' || l.charAt(0) == '\t') return null;
            if (sb.length() > 0) sb.append(eol.repeat(breaks + 2));
            else sb.append(eol);
            breaks = 0;
            List<String> pieces = wrap(l, width);
            for (int i = 0; i < pieces.size(); i++) {
                if (i > 0) sb.append(eol);
                sb.append(indent).append(pieces.get(i));
            }
        }
        return sb.toString();
    }

    /** Greedy wrap at single spaces between two non-blank characters; a longer word stays whole. */
    static List<String> wrap(String line, int width) {
        List<String> out = new ArrayList<>();
        if (width <= 0 || line.length() <= width) {
            out.add(line);
            return out;
        }
        int start = 0;
        while (line.length() - start > width) {
            int cut = -1;
            for (int i = start + 1; i < line.length() - 1 && i - start <= width; i++) {
                if (isFoldPoint(line, i)) cut = i;
            }
            if (cut < 0) {
                for (int i = start + width + 1; i < line.length() - 1; i++)
                    if (isFoldPoint(line, i)) {
                        cut = i;
                        break;
                    }
            }
            if (cut < 0) break;
            out.add(line.substring(start, cut));
            start = cut + 1;
        }
        out.add(line.substring(start));
        return out;
    }

    private static boolean isFoldPoint(String line, int i) {
        return line.charAt(i) == ' '
                && line.charAt(i - 1) != ' '
                && line.charAt(i - 1) != '\t'
                && line.charAt(i + 1) != ' '
                && line.charAt(i + 1) != '\t';
    }

    /**
     * Single-quoted text over several lines: YAML folds a single break into a space, so each break of
     * the value is written as an empty line. Lines must not start or end with blanks (folding trims them).
     */
    public static String singleQuoted(String value, String indent, String eol) {
        if (value.indexOf('\n') < 0) {
            return ScalarWriter.canBeSingleQuoted(value) ? ScalarWriter.singleQuoted(value) : null;
        }
        if (value.indexOf('\r') >= 0 || !ScalarWriter.allPrintable(value)) return null;
        return folded(value, '\'', indent, eol);
    }

    /** Double-quoted text over several lines, folded like {@link #singleQuoted}; escapes stay escapes. */
    public static String doubleQuotedLines(String value, String indent, String eol) {
        if (value.indexOf('\n') < 0 || value.indexOf('\r') >= 0) return null;
        return folded(value, '"', indent, eol);
    }

    private static String folded(String value, char quote, String indent, String eol) {
        String[] lines = value.split("\n", -1);
        if (lines[0].isEmpty() || lines[lines.length - 1].isEmpty()) return null;
        StringBuilder sb = new StringBuilder().append(quote);
        int breaks = 0;
        boolean first = true;
        for (String l : lines) {
            if (l.isEmpty()) {
                breaks++;
                continue;
            }
            if (l.strip().length() != l.length() || l.indexOf('\t') >= 0) return null;
            if (!first) sb.append(eol.repeat(breaks + 2)).append(indent);
            first = false;
            breaks = 0;
            if (quote == '\'') sb.append(l.replace("'", "''"));
            else
                sb.append(
                        ScalarWriter.doubleQuoted(l),
                        1,
                        ScalarWriter.doubleQuoted(l).length() - 1);
        }
        return sb.append(quote).toString();
    }
}
