package org.masthead.site;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The distinct words of a body, lower case, joined by spaces ({@code " tide tables walk "}): what
 * the site panel's filter looks for words in. One string per article keeps 10,000 articles in
 * tens of megabytes where a set of strings each would take hundreds.
 */
public final class SiteWords {
    /** Beyond this the rest of a very long body is not searched by the filter (site search is). */
    static final int MAX_CHARS = 16_000;

    private SiteWords() {}

    public static String of(String body) {
        Set<String> words = new LinkedHashSet<>();
        int length = 1;
        int start = -1;
        for (int i = 0; i <= body.length(); i++) {
            boolean letter = i < body.length() && Character.isLetterOrDigit(body.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                String w = body.substring(start, i).toLowerCase(Locale.ROOT);
                start = -1;
                if (words.add(w)) length += w.length() + 1;
                if (length > MAX_CHARS) break;
            }
        }
        StringBuilder sb = new StringBuilder(length + 1).append(' ');
        for (String w : words) sb.append(w).append(' ');
        return sb.toString();
    }

    /** Whether a word list holds a word starting with {@code prefix} (lower case). */
    public static boolean hasWordStarting(String words, String prefix) {
        return words.contains(" " + prefix);
    }
}
