package org.masthead.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.masthead.site.SiteEntry;
import org.masthead.site.SiteValues;

/**
 * Tag suggestions as a writer types, over the tags of {@code count} articles: five tags each, drawn
 * (most used far more often, as on real sites) from some thousands of one- and two-word tags.
 */
final class SuggestionBench {
    private static final String[] WORDS = ("harbour tide lamp shelf ledger bread market walk coast library card "
                    + "winter light stall river bridge map north quiet morning paper ink window garden road field "
                    + "javascript python photography recipes travel music design history science cycling fishing "
                    + "boats weather birds gardening baking community events school family books film")
            .split(" ");

    private SuggestionBench() {}

    static List<SiteEntry> entries(int count) {
        Random r = new Random(14);
        List<String> vocabulary = new ArrayList<>();
        for (String a : WORDS) {
            vocabulary.add(a);
            for (String b : WORDS) if (!a.equals(b)) vocabulary.add(r.nextBoolean() ? a + " " + b : a + "-" + b);
        }
        List<SiteEntry> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Set<String> tags = new LinkedHashSet<>();
            while (tags.size() < 5) {
                // Zipf-like: the square of a uniform number favours the start of the vocabulary.
                double u = r.nextDouble();
                tags.add(vocabulary.get((int) (u * u * vocabulary.size())));
            }
            List<String> t = List.copyOf(tags);
            out.add(new SiteEntry(
                    Path.of("post-" + i + ".md"), "T", null, 0, 0, 0, t, null, 0, 0, null, "", Map.of("tags", t)));
        }
        return out;
    }

    /** The time of each keystroke typing a few tags, after the site's values were worked out once. */
    static List<String> measure(int count) {
        List<SiteEntry> entries = entries(count);
        long t0 = System.nanoTime();
        SiteValues values = SiteValues.of(entries);
        values.suggest("tags", "", List.of(), 10);
        values.nearDuplicate("tags", "x");
        long prepare = System.nanoTime() - t0;
        String[] typed = {"harbour tide", "javascrpt", "ph", "market", "zzz", "ing"};
        List<Long> keys = new ArrayList<>(), tips = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (String word : typed) {
                for (int k = 1; k <= word.length(); k++) {
                    String prefix = word.substring(0, k);
                    long s = System.nanoTime();
                    int n = values.suggest("tags", prefix, List.of("coast", "bread"), 10)
                            .size();
                    keys.add(System.nanoTime() - s);
                    s = System.nanoTime();
                    boolean tip = values.nearDuplicate("tags", prefix).isPresent();
                    tips.add(System.nanoTime() - s);
                    if (n < 0 || (tip && prefix.isEmpty())) throw new AssertionError();
                }
            }
        }
        return List.of(
                String.format(
                        Locale.ROOT,
                        "tag values of %d articles (%d distinct) worked out once: %.1f ms",
                        count,
                        values.counts("tags").size(),
                        prepare / 1e6),
                "suggestions per keystroke (target <= 20 ms): " + Stats.ofNanos(array(keys)),
                "near-duplicate tip per keystroke: " + Stats.ofNanos(array(tips)));
    }

    private static long[] array(List<Long> list) {
        long[] a = new long[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }
}
