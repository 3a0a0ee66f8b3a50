package org.masthead.article;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The last part of an article's URL and file name, made from its title: lowercase ASCII words joined by
 * hyphens ("Crème brûlée & more" → "creme-brulee-and-more"), cut at a word at or before 80 characters.
 * Web servers, shells and every site generator take such names as they are, which is why other scripts
 * are not kept: a title with no ASCII letter or digit left gets a dated name instead ({@link #orFallback}).
 */
public final class Slug {
    public static final int MAX_LENGTH = 80;
    private static final int MAX_COUNTER = 100_000;

    /** Letters NFKD leaves whole (they are not a base letter plus a mark), spelt the way English text does. */
    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'ß', "ss"),
            Map.entry((int) 'ẞ', "ss"),
            Map.entry((int) 'æ', "ae"),
            Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'ł', "l"),
            Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ð', "d"),
            Map.entry((int) 'Ð', "d"),
            Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ı', "i"),
            Map.entry((int) 'İ', "i"),
            Map.entry((int) 'ħ', "h"),
            Map.entry((int) '&', " and "));

    /** Apostrophes and quotes: "don't" is one word, so they go without leaving a gap. */
    private static final String QUOTES = "'\"`´‘’‚‛“”„‟′″ʼʹ«»‹›";

    private Slug() {}

    /** The slug of a title; empty when the title has no ASCII letter or digit once folded. */
    public static String of(String title) {
        // NFKD first, so full-width and other compatibility forms (＆, ＇, ﬁ) are read as what they stand for.
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        StringBuilder mapped = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            String spelled = SPELLED.get(c);
            if (spelled != null) mapped.append(spelled);
            else if (QUOTES.indexOf(c) < 0) mapped.appendCodePoint(c);
        });
        String folded = mapped.toString().replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() <= MAX_LENGTH) return s;
        int cut = s.lastIndexOf('-', MAX_LENGTH);
        return s.substring(0, cut > 0 ? cut : MAX_LENGTH);
    }

    /**
     * The slug of a title, or for a title that gives none the date and the first counter that is not
     * {@code taken} ("2026-11-29-1", then "-2"...): readable, and the writer can change it.
     */
    public static String orFallback(String title, LocalDate date, Predicate<String> taken) {
        String s = of(title);
        if (!s.isEmpty()) return s;
        for (int n = 1; n <= MAX_COUNTER; n++) {
            String candidate = date + "-" + n;
            if (!taken.test(candidate)) return candidate;
        }
        throw new IllegalStateException("every dated name up to " + date + "-" + MAX_COUNTER + " is taken");
    }
}
