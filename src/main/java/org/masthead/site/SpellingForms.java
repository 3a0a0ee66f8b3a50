package org.masthead.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways two spellings of one value can differ that {@link NearDuplicates} catches: letter case
 * and separators (spaces, hyphens, underscores), an English plural (s, es, ies), or one typo.
 */
final class SpellingForms {
    private SpellingForms() {}

    /** The value with letter case and separators folded: "Night_Markets" and "night markets" read alike. */
    static String fold(String value) {
        String l = value.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(l.length());
        boolean gap = false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c == '-' || c == '_' || Character.isWhitespace(c)) {
                gap = true;
            } else {
                if (gap && sb.length() > 0) sb.append('-');
                gap = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
        return n;
    }

    /** The plurals of a folded value (of its last word): +s, +es after s/x/z/ch/sh/o, y → ies after a consonant. */
    static List<String> plurals(String s) {
        List<String> out = new ArrayList<>(3);
        if (letters(s) < 3 || !Character.isLetter(s.charAt(s.length() - 1))) return out;
        out.add(s + "s");
        if (s.endsWith("s")
                || s.endsWith("x")
                || s.endsWith("z")
                || s.endsWith("ch")
                || s.endsWith("sh")
                || s.endsWith("o")) out.add(s + "es");
        if (s.length() > 1 && s.endsWith("y") && !isVowel(s.charAt(s.length() - 2)))
            out.add(s.substring(0, s.length() - 1) + "ies");
        return out;
    }

    /** Values of which {@code s} might be the plural; a caller confirms with {@link #plurals}. */
    static List<String> singulars(String s) {
        List<String> out = new ArrayList<>(3);
        if (s.endsWith("ies")) out.add(s.substring(0, s.length() - 3) + "y");
        if (s.endsWith("es")) out.add(s.substring(0, s.length() - 2));
        if (s.endsWith("s")) out.add(s.substring(0, s.length() - 1));
        return out;
    }

    static boolean isPluralOf(String plural, String singular) {
        return plurals(singular).contains(plural);
    }

    /** The value with each one char left out: two values one typo apart share one of these, or one is the other's. */
    static List<String> deletions(String s) {
        List<String> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) out.add(s.substring(0, i) + s.substring(i + 1));
        return out;
    }

    /**
     * One edit apart (Damerau–Levenshtein distance 1: a char changed, added, dropped, or two
     * neighbours swapped), unless the edit is in a digit: "python2" and "python3" are two things.
     */
    static boolean oneEditApart(String a, String b) {
        if (a.length() < b.length()) return oneEditApart(b, a);
        if (a.length() - b.length() > 1 || a.equals(b)) return false;
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() > b.length()) {
            return !Character.isDigit(a.charAt(i)) && a.regionMatches(i + 1, b, i, b.length() - i);
        }
        char x = a.charAt(i), y = b.charAt(i);
        if (a.regionMatches(i + 1, b, i + 1, a.length() - i - 1)) return !Character.isDigit(x) && !Character.isDigit(y);
        return i + 1 < a.length()
                && a.charAt(i + 1) == y
                && b.charAt(i + 1) == x
                && !Character.isDigit(x)
                && !Character.isDigit(y)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
