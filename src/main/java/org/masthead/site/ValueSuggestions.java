package org.masthead.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The site's values of one list field offered as the writer types, best first: values that start
 * with what was typed, then values with a word that starts with it, then values that contain it;
 * within each, the more used first, then alphabetical. Letter case is ignored, and values already
 * in the field are left out. Everything but the scan is worked out once, when the site's values
 * change, so a keystroke over ten thousand articles' tags costs a pass over the distinct values.
 */
public final class ValueSuggestions {
    private static final int[] NO_WORDS = new int[0];

    private final String[] values;
    private final String[] lower;
    private final int[] counts;
    private final int[][] wordStarts;

    /** @param counts each value with the number of articles that use it */
    public ValueSuggestions(Map<String, Integer> counts) {
        List<ValueCount> sorted = new ArrayList<>();
        counts.forEach((v, n) -> {
            if (!v.isBlank()) sorted.add(new ValueCount(v, n));
        });
        sorted.sort(BEST_FIRST);
        // A spelling that differs only in letter case from a more used one is not offered: the usual one is.
        Set<String> taken = new HashSet<>();
        List<ValueCount> kept = new ArrayList<>();
        for (ValueCount vc : sorted) if (taken.add(vc.value().toLowerCase(Locale.ROOT))) kept.add(vc);
        int n = kept.size();
        values = new String[n];
        lower = new String[n];
        this.counts = new int[n];
        wordStarts = new int[n][];
        for (int i = 0; i < n; i++) {
            values[i] = kept.get(i).value();
            lower[i] = values[i].toLowerCase(Locale.ROOT);
            this.counts[i] = kept.get(i).count();
            wordStarts[i] = wordStarts(lower[i]);
        }
    }

    /** More used first, then alphabetical (letter case aside, then exactly). */
    static final Comparator<ValueCount> BEST_FIRST = Comparator.comparingInt(ValueCount::count)
            .reversed()
            .thenComparing(ValueCount::value, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ValueCount::value);

    /**
     * At most {@code limit} values for what was typed (the most used values when nothing was), none
     * of {@code inField} (letter case aside).
     */
    public List<ValueCount> suggest(String typed, Collection<String> inField, int limit) {
        String p = typed.strip().toLowerCase(Locale.ROOT);
        Set<String> skip = new HashSet<>();
        for (String v : inField) skip.add(v.strip().toLowerCase(Locale.ROOT));
        List<ValueCount> starts = new ArrayList<>(), wordStart = new ArrayList<>(), contains = new ArrayList<>();
        for (int i = 0; i < values.length && starts.size() < limit; i++) {
            String l = lower[i];
            int rank = rank(l, wordStarts[i], p);
            if (rank < 0 || skip.contains(l)) continue;
            List<ValueCount> bucket = rank == 0 ? starts : rank == 1 ? wordStart : contains;
            if (bucket.size() < limit) bucket.add(new ValueCount(values[i], counts[i]));
        }
        List<ValueCount> out = new ArrayList<>(starts);
        out.addAll(wordStart);
        out.addAll(contains);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** 0: the value starts with {@code p}; 1: one of its words does; 2: it contains {@code p}; -1: none. */
    private static int rank(String value, int[] words, String p) {
        if (value.startsWith(p)) return 0;
        for (int w : words) if (value.startsWith(p, w)) return 1;
        return value.contains(p) ? 2 : -1;
    }

    /** Where each word after the first starts: a letter or digit after anything else. */
    private static int[] wordStarts(String s) {
        int[] out = NO_WORDS;
        int n = 0;
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i)) && !Character.isLetterOrDigit(s.charAt(i - 1))) {
                if (n == out.length) out = Arrays.copyOf(out, Math.max(2, n * 2));
                out[n++] = i;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
