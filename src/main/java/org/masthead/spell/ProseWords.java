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
        Matcher skip = SKIP.matcher(line);
        Matcher word = WORD.matcher(line);
        boolean mayHold = maySkip(line, 0, line.length());
        int from = 0;
        while (from <= line.length()) {
            int to = mayHold && skip.find(from) ? skip.start() : line.length();
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
        Matcher skip = SKIP.matcher(text);
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (maySkip(text, start, end)) {
                skip.region(start, end);
                while (skip.find()) for (int i = skip.start(); i < skip.end(); i++) sb.setCharAt(i, ' ');
            }
            start = end + 1;
        }
        return sb.toString();
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

    private static boolean wanted(String w, boolean skipAllCaps) {
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
