package org.masthead.spell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one line of Markdown prose that spelling looks at. Skipped: inline code, HTML tags
 * and comments, autolinks, link and image targets, reference labels and definitions, footnote
 * labels, bare URLs and e-mail addresses, entities, template tags ({@code {{< >}}}, {@code {% %}}),
 * words holding a digit or an underscore, single letters, and (when asked) ALL-CAPS words. Fenced
 * code is the caller's to skip, as only it knows which lines are inside a fence.
 */
public final class ProseWords {
    static final Pattern SKIP = Pattern.compile(String.join(
            "|",
            "(`++)(?:[^`]|(?!\\1)`){0,2000}?\\1",
            "<!--(?:[^-]++|-(?!->))*+(?:-->|$)",
            "</?[A-Za-z][A-Za-z0-9-]*+(?:\\s[^<>]*+)?/?>",
            "<[^\\s<>:@]++[:@][^\\s<>]*+>",
            "\\]\\(<[^>]*+>",
            "\\]\\([^)\\s]*+",
            "\\]\\[[^\\]]{0,200}+\\]",
            "\\[\\^[^\\]]{0,200}+\\]",
            "^\\s{0,3}\\[[^\\]]{1,200}+\\]:\\s*+\\S*+",
            "\\b(?:https?|ftp|file|mailto):\\S+",
            "\\bwww\\.\\S+",
            "(?<![\\w.+-])[\\w.+-]++@[\\w-]++(?:\\.[\\w-]++)+",
            "&#?\\w{1,32}+;",
            "\\{\\{[^{}]{0,400}+\\}\\}",
            "\\{%[^%]{0,400}+%\\}"));
    /** Letters, with apostrophes and hyphens inside a word kept (the speller decides about those). */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}_]++(?:['’\\-][\\p{L}\\p{M}\\p{N}_]++)*+");

    private ProseWords() {}

    /** One word, its place in the line. */
    public record Word(int start, int end, String text) {}

    public static List<Word> of(String line, boolean skipAllCaps) {
        List<Word> out = new ArrayList<>();
        Matcher skip = skipper(line);
        Matcher word = WORD.matcher(line);
        boolean mayHold = maySkip(line, 0, line.length());
        boolean at = line.indexOf('@') >= 0;
        int from = 0;
        while (from <= line.length()) {
            int to = mayHold && nextSkip(skip, line, from, at) ? skip.start() : line.length();
            word.region(from, to);
            while (word.find()) {
                String w = word.group();
                if (wanted(w, skipAllCaps)) out.add(new Word(word.start(), word.end(), w));
            }
            if (to >= line.length()) break;
            // An empty match (a pattern anchored at the line's end) must still move on.
            from = Math.max(skip.end(), to + 1);
        }
        return out;
    }

    /**
     * The text with what is not prose (all that {@link #of} skips but fenced code) blanked, line by
     * line, with spaces: the line breaks and every offset stay. Readability counts what is left.
     */
    public static String masked(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (maySkip(text, start, end)) {
                String line = text.substring(start, end);
                Matcher skip = skipper(line);
                boolean at = line.indexOf('@') >= 0;
                for (int from = 0; from <= line.length() && nextSkip(skip, line, from, at); ) {
                    for (int i = skip.start(); i < skip.end(); i++) sb.setCharAt(start + i, ' ');
                    from = skip.end() > skip.start() ? skip.end() : skip.start() + 1;
                }
            }
            start = end + 1;
        }
        return sb.toString();
    }

    /** A matcher for {@link #nextSkip}: lookbehinds and word boundaries see the whole line. */
    private static Matcher skipper(String line) {
        return SKIP.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * {@code skip.find(from)}, tried only where a match can start: the pattern, tried at every
     * position, was most of the time readability and spelling take. A match starts at the line's
     * start, at one of {@code `<][&{}, at an "h", "f", "m" or "w" not inside an ASCII word (a URL
     * scheme, "www."), or, in a line with an "@", at the start of what could be an e-mail address.
     */
    static boolean nextSkip(Matcher skip, String line, int from, boolean at) {
        for (int i = from; i <= line.length(); i++) {
            if (!mayStart(line, i, at)) continue;
            skip.region(i, line.length());
            if (skip.lookingAt()) return true;
        }
        return false;
    }

    private static boolean mayStart(String line, int i, boolean at) {
        if (i == 0) return true;
        if (i == line.length()) return false;
        char c = line.charAt(i), prev = line.charAt(i - 1);
        return switch (c) {
            case '`', '<', ']', '[', '&', '{' -> true;
            case 'h', 'f', 'm', 'w' -> !asciiWord(prev) || at && !emailChar(prev);
            default -> at && emailChar(c) && !emailChar(prev);
        };
    }

    private static boolean asciiWord(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** {@code [\w.+-]} as the pattern reads it (ASCII). */
    private static boolean emailChar(char c) {
        return asciiWord(c) || c == '.' || c == '+' || c == '-';
    }

    /**
     * Whether {@code SKIP} could match in {@code s[from, to)}: each of its patterns needs one of
     * these characters, or "www." (any case). Most lines of prose have none, and the pattern,
     * tried at every position, is the costly part of reading them.
     */
    static boolean maySkip(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (s.charAt(i)) {
                case '`', '<', ']', '[', ':', '@', '&', '{' -> {
                    return true;
                }
                case '.' -> {
                    if (i >= from + 3 && s.regionMatches(true, i - 3, "www", 0, 3)) return true;
                }
                default -> {}
            }
        }
        return false;
    }

    /** Longer than any word of any dictionary: a run of letters pasted or generated, not a word to judge. */
    static final int LONGEST = 64;

    static boolean wanted(String w, boolean skipAllCaps) {
        if (w.length() > LONGEST || w.codePointCount(0, w.length()) < 2) return false;
        boolean upper = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c) || c == '_') return false;
            if (Character.isLowerCase(c)) upper = false;
        }
        return !(skipAllCaps && upper);
    }
}
