package org.masthead.article;

import java.util.regex.Pattern;

import org.masthead.source.Lines;
import org.masthead.yaml.MultiLineScalars;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.ScalarType;
import org.masthead.yaml.ScalarWriter;
import org.masthead.yaml.YamlValue;

/**
 * How one scalar value is rewritten: the style it keeps (see README, "Editing headers") and the exact
 * range of header text that changes, so comments after the key or the block indicator stay.
 */
final class ScalarEdit {
    /** Replace {@code header[from, to)} with {@code text}. */
    record Replacement(int from, int to, String text) {}

    private static final Pattern BLANK_LINE = Pattern.compile("(\\r\\n|\\r|\\n)[ \\t]*(\\r\\n|\\r|\\n)");

    private ScalarEdit() {}

    /**
     * The style for {@code value}: the old one where it fits and keeps the value's type, else a correct
     * one. When a plain value's new text needs quotes, one line of it gets single quotes unless the header
     * chooses single quotes somewhere (then double), several lines double quotes. A quoted value whose
     * text needed the quotes and that carries the quotes this rule gives is taken as set from plain, so
     * the next value that can be plain goes back to plain; quotes the writer chose stay.
     */
    static ScalarStyle choose(FrontMatter fm, FrontMatterEntry e, String value, ScalarType declared) {
        boolean multiLine = value.indexOf('\n') >= 0;
        if (e == null) {
            ScalarStyle taste = fm.dominantStyle();
            if (multiLine) return ScalarStyle.LITERAL;
            if (taste != ScalarStyle.PLAIN) return taste;
            return plainFits(value, declared, null) ? ScalarStyle.PLAIN : ScalarStyle.DOUBLE_QUOTED;
        }
        boolean fresh = isFresh(e);
        String oldText = fresh ? "" : ((YamlValue.Scalar) e.value()).text();
        boolean fromPlain = !fresh
                && (wasSetFromPlain(fm, e, oldText, declared) || wasSetFromPlainOverLines(fm.header(), e, oldText));
        if (value.isEmpty()) {
            boolean quoted = e.style() == ScalarStyle.SINGLE_QUOTED || e.style() == ScalarStyle.DOUBLE_QUOTED;
            return quoted && !fresh && !fromPlain ? e.style() : ScalarStyle.PLAIN; // plain empty text: `key:`
        }
        if (fresh && multiLine) return ScalarStyle.LITERAL;
        // An empty key filled in takes the quotes the header's values were given by choice, so a template
        // that quotes its values does not start an article in two styles.
        if (fresh && fm.preferredStyle().filter(p -> p != ScalarStyle.PLAIN).isPresent())
            return fm.preferredStyle().get();
        if (fresh || e.style() == ScalarStyle.PLAIN || fromPlain) {
            ScalarType oldType = e.style() == ScalarStyle.PLAIN && !fresh ? ScalarType.of(e.tag()) : null;
            if (plainFits(value, declared, oldType)) return ScalarStyle.PLAIN;
            return quotesFromPlain(fm, value, e.key());
        }
        return e.style();
    }

    /** The value is plain, empty or was set from plain: new lines are written across lines, not as \n. */
    private static boolean setFromPlain(FrontMatter fm, FrontMatterEntry e, ScalarType declared) {
        if (isFresh(e) || e.style() == ScalarStyle.PLAIN) return true;
        String oldText = ((YamlValue.Scalar) e.value()).text();
        return wasSetFromPlain(fm, e, oldText, declared) || wasSetFromPlainOverLines(fm.header(), e, oldText);
    }

    /** The quotes a plain value gets when its new text needs some. */
    static ScalarStyle quotesFromPlain(FrontMatter fm, String value, String key) {
        boolean single = value.indexOf('\n') < 0
                && !fm.usesByChoice(ScalarStyle.SINGLE_QUOTED, key)
                && MultiLineScalars.singleQuoted(value, "  ", "\n") != null;
        return single ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    }

    /**
     * Quotes the text needed (its syntax, or the schema's text type for 2024), of the kind
     * {@link #quotesFromPlain} gives: the value was plain before.
     */
    private static boolean wasSetFromPlain(FrontMatter fm, FrontMatterEntry e, String oldText, ScalarType declared) {
        boolean needed = !ScalarWriter.canBePlainSyntax(oldText, false)
                || (declared != null && !plainFits(oldText, declared, null));
        if (oldText.isEmpty() || !needed || oldText.indexOf('\n') >= 0)
            return false; // lines: see wasSetFromPlainOverLines
        ScalarStyle style = e.style();
        return (style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED)
                && style == quotesFromPlain(fm, oldText, e.key());
    }

    /**
     * Several lines a plain value was set to are written double-quoted across lines (a blank line per
     * break), where chosen double quotes write them as {@code \n}: so the source tells them apart.
     */
    private static boolean wasSetFromPlainOverLines(String header, FrontMatterEntry e, String oldText) {
        if (e.style() != ScalarStyle.DOUBLE_QUOTED || oldText.indexOf('\n') < 0) return false;
        // Our breaks are blank lines; a writer's wrapping of \n-escaped text has none.
        return BLANK_LINE
                .matcher(header.substring(e.valueStart(), e.valueEnd()))
                .find();
    }

    /**
     * Whether {@code value} may be written plain: YAML reads it back unchanged, and as the right type —
     * text, the schema's type, the old value's type, or (without a schema) an int, bool or date.
     */
    static boolean plainFits(String value, ScalarType declared, ScalarType oldType) {
        if (!ScalarWriter.canBePlainSyntax(value, false)) return false;
        ScalarType t = ScalarType.ofPlain(value);
        if (t == ScalarType.TEXT) return true;
        if (declared != null) return declared == t;
        return t == oldType || t.isCommonPlainType();
    }

    /** No value of its own to keep a style from: empty, null, an alias, a list or a map. */
    static boolean isFresh(FrontMatterEntry e) {
        return e.isEmptyValue()
                || e.alias()
                || e.style() == null
                || (e.value() instanceof YamlValue.Scalar s && s.isNull());
    }

    static Replacement replacement(
            FrontMatter fm, FrontMatterEntry e, String value, ScalarStyle style, ScalarType declared, String eol) {
        String header = fm.header();
        String contIndent = Lines.indentOf(header, e.entryStart()) + "  ";
        boolean oldBlock = e.style() != null && e.style().isBlock() && !e.alias();
        String tail = oldBlock ? indicatorTail(header, e.valueStart()) : "";
        boolean quoted = style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
        if (value.isEmpty() && !quoted) {
            // Empty text in a plain or block value is written as an empty value: `key:` (comments kept).
            return new Replacement(afterProperties(header, e), e.valueEnd(), tail);
        }
        String keyIndent = Lines.indentOf(header, e.entryStart());
        String blockIndent = oldBlock ? oldBlockIndent(header, e, keyIndent) : contIndent;
        String written = write(value, style, blockIndent, contIndent, eol, oldBlock ? foldWidth(header, e) : 0);
        if (style == ScalarStyle.DOUBLE_QUOTED && value.indexOf('\n') >= 0 && setFromPlain(fm, e, declared)) {
            String lines = MultiLineScalars.doubleQuotedLines(value, contIndent, eol);
            if (lines != null) written = lines;
        }
        if (written.startsWith("|") || written.startsWith(">")) {
            int nl = written.indexOf(eol);
            String indicator = written.substring(0, nl), rest = written.substring(nl);
            if (oldBlock) return new Replacement(e.valueStart(), e.valueEnd(), indicator + tail + rest);
            // Whatever followed the old value on its line (a comment, spaces) goes after the indicator, not into the
            // text.
            int lineEnd = Lines.lineEnd(header, e.valueEnd());
            String after = header.substring(e.valueEnd(), lineEnd);
            int from = e.isEmptyValue() ? e.valueStart() : afterProperties(header, e);
            return new Replacement(
                    from, lineEnd, " " + indicator + keyLineComment(header, from, e.valueStart()) + after + rest);
        }
        if (oldBlock) return new Replacement(e.valueStart(), e.valueEnd(), written + tail);
        if (e.isEmptyValue()) return new Replacement(e.valueStart(), e.valueStart(), " " + written);
        if (isFresh(e)) {
            int from = afterProperties(header, e);
            return new Replacement(from, e.valueEnd(), " " + written + keyLineComment(header, from, e.valueStart()));
        }
        String source = header.substring(e.valueStart(), e.valueEnd());
        if (quoted
                && e.style() == style
                && written.indexOf('\n') < 0
                && (source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0)) {
            // A quoted value the writer wrapped over lines is wrapped again at the same width.
            written = wrapQuoted(
                    written,
                    Lines.columnOf(header, e.valueStart()) - 1,
                    widthOf(source, header, e.valueStart()),
                    Lines.indentOf(header, Lines.afterBreak(header, Lines.lineEnd(header, e.valueStart()))),
                    eol);
        }
        return new Replacement(e.valueStart(), e.valueEnd(), written);
    }

    /** The longest line of a value written over lines, counted from the start of its first line. */
    private static int widthOf(String source, String header, int valueStart) {
        int width = 0, column = Lines.columnOf(header, valueStart) - 1;
        for (String line : source.split("\r?\n|\r", -1)) {
            width = Math.max(width, column + line.length());
            column = 0;
        }
        return width;
    }

    /** Greedy wrap at single spaces (a break in quotes reads back as one space). */
    static String wrapQuoted(String written, int firstColumn, int width, String indent, String eol) {
        StringBuilder out = new StringBuilder();
        int start = 0, room = width - firstColumn;
        while (written.length() - start > room) {
            int cut = -1;
            for (int i = start + 1; i < written.length() - 1 && i - start <= room; i++)
                if (isBreak(written, i)) cut = i;
            if (cut < 0) break;
            out.append(written, start, cut).append(eol).append(indent);
            start = cut + 1;
            room = width - indent.length();
        }
        return out.append(written, start, written.length()).toString();
    }

    private static boolean isBreak(String s, int i) {
        return s.charAt(i) == ' ' && " \t\\".indexOf(s.charAt(i - 1)) < 0 && " \t".indexOf(s.charAt(i + 1)) < 0;
    }

    /** The old block's content indentation: stated by its indicator ({@code |2}), else as its lines show. */
    private static String oldBlockIndent(String header, FrontMatterEntry e, String keyIndent) {
        for (int pos = e.valueStart() + 1;
                pos < header.length() && "+-123456789".indexOf(header.charAt(pos)) >= 0;
                pos++) {
            char c = header.charAt(pos);
            if (c >= '1' && c <= '9') return keyIndent + " ".repeat(c - '0');
        }
        return e.blockIndent().isEmpty() ? keyIndent + "  " : e.blockIndent();
    }

    /** A value written on the key's line in place of a block list or map (the comment on that line stays). */
    static Replacement onKeyLine(String header, FrontMatterEntry e, String written) {
        int from = afterProperties(header, e);
        return new Replacement(from, e.valueEnd(), " " + written + keyLineComment(header, from, e.valueStart()));
    }

    static String write(
            String value, ScalarStyle style, String blockIndent, String contIndent, String eol, int foldWidth) {
        String keyIndent = contIndent.substring(0, contIndent.length() - 2);
        String out =
                switch (style) {
                    case PLAIN -> value;
                    case SINGLE_QUOTED -> MultiLineScalars.singleQuoted(value, contIndent, eol);
                    case LITERAL, FOLDED -> MultiLineScalars.block(
                            value, style, blockIndent, keyIndent.length(), eol, foldWidth);
                    default -> null;
                };
        return out != null ? out : ScalarWriter.doubleQuoted(value);
    }

    /** What follows a block indicator ({@code |-}, {@code >+2}) on its line: spaces and a comment. */
    static String indicatorTail(String header, int valueStart) {
        int pos = valueStart + 1;
        while (pos < header.length() && "+-123456789".indexOf(header.charAt(pos)) >= 0) pos++;
        return header.substring(pos, Lines.lineEnd(header, pos));
    }

    /** Just after the key's colon, or after an anchor or tag written there (they stay). */
    static int afterProperties(String header, FrontMatterEntry e) {
        int pos = e.valueStart();
        while (pos > e.entryStart() && Character.isWhitespace(header.charAt(pos - 1))) pos--;
        // A comment on the key line sits between the colon and a value written below it.
        int lineStart = Lines.lineStart(header, pos);
        int hash = commentStart(header, lineStart, pos);
        if (hash >= 0) {
            pos = hash;
            while (pos > e.entryStart() && Character.isWhitespace(header.charAt(pos - 1))) pos--;
        }
        return pos;
    }

    /** A comment between {@code from} and the old value's start (on the key line), to keep after the new value. */
    private static String keyLineComment(String header, int from, int valueStart) {
        if (valueStart <= from) return "";
        int end = Lines.lineEnd(header, from);
        int hash = commentStart(header, from, Math.min(end, valueStart));
        return hash < 0 ? "" : " " + header.substring(hash, end).stripTrailing();
    }

    private static int commentStart(String header, int from, int to) {
        for (int i = from; i < to; i++) {
            if (header.charAt(i) == '#' && (i == 0 || Character.isWhitespace(header.charAt(i - 1)))) return i;
        }
        return -1;
    }

    /** The width a folded block's lines were wrapped at; 0 when it was not wrapped (one line per paragraph). */
    static int foldWidth(String header, FrontMatterEntry e) {
        if (e.style() != ScalarStyle.FOLDED) return 0;
        int pos = Lines.afterBreak(header, Lines.lineEnd(header, e.valueStart()));
        int width = 0;
        boolean wrapped = false, previousText = false;
        while (pos < e.valueEnd()) {
            int end = Lines.lineEnd(header, pos);
            String line = header.substring(pos, end);
            boolean text = !line.isBlank();
            if (text) width = Math.max(width, line.strip().length());
            if (text && previousText) wrapped = true;
            previousText = text;
            pos = Lines.afterBreak(header, end);
            if (end >= header.length()) break;
        }
        return wrapped ? width : 0;
    }
}
