package org.masthead.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of every list field across a site (tags, categories, authors…), each with the number
 * of articles that use it, and what is worked out from them: suggestions as the writer types and
 * the near-duplicate tip. Immutable and safe to share between threads; make a new one when the
 * site's index changes. Keys and values are compared exactly, as written in the headers.
 */
public final class SiteValues {
    public static final SiteValues EMPTY = new SiteValues(Map.of());

    private final Map<String, Map<String, Integer>> counts;
    private final Map<String, ValueSuggestions> suggestions = new ConcurrentHashMap<>();
    private final Map<String, NearDuplicates> nearDuplicates = new ConcurrentHashMap<>();

    private SiteValues(Map<String, Map<String, Integer>> counts) {
        this.counts = counts;
    }

    /** The values of the entries' list fields ({@link SiteEntry#lists()}). */
    public static SiteValues of(Collection<SiteEntry> entries) {
        Builder b = new Builder();
        for (SiteEntry e : entries) b.add(e.lists());
        return b.build();
    }

    /** Counts the values of one article at a time. */
    public static final class Builder {
        private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

        /** One article's list values by key; a value written twice in one field counts once. */
        public Builder add(Map<String, List<String>> lists) {
            lists.forEach((key, values) -> {
                Map<String, Integer> c = counts.computeIfAbsent(key, k -> new HashMap<>());
                for (String v : Set.copyOf(values)) if (!v.isBlank()) c.merge(v, 1, Integer::sum);
            });
            return this;
        }

        public SiteValues build() {
            Map<String, Map<String, Integer>> frozen = new LinkedHashMap<>();
            counts.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
            return new SiteValues(frozen);
        }
    }

    /** The list fields the site's articles use, in the order first met. */
    public Set<String> keys() {
        return counts.keySet();
    }

    /** Every value of a field with its count, the most used first (then alphabetical). */
    public List<ValueCount> counts(String key) {
        List<ValueCount> out = new ArrayList<>();
        counts.getOrDefault(key, Map.of()).forEach((v, n) -> out.add(new ValueCount(v, n)));
        out.sort(ValueSuggestions.BEST_FIRST);
        return out;
    }

    /** The number of articles whose field {@code key} holds exactly {@code value}. */
    public int count(String key, String value) {
        return counts.getOrDefault(key, Map.of()).getOrDefault(value, 0);
    }

    /** At most {@code limit} of the field's values for what was typed, best first; see {@link ValueSuggestions}. */
    public List<ValueCount> suggest(String key, String typed, Collection<String> inField, int limit) {
        return suggestions(key).suggest(typed, inField, limit);
    }

    /** The site's usual spelling of a value of the field, when the value looks like another spelling of it. */
    public Optional<NearDuplicate> nearDuplicate(String key, String value) {
        return nearDuplicates(key).of(value);
    }

    /** The field's suggestions, worked out on first use and kept. */
    public ValueSuggestions suggestions(String key) {
        return suggestions.computeIfAbsent(key, k -> new ValueSuggestions(counts.getOrDefault(k, Map.of())));
    }

    public NearDuplicates nearDuplicates(String key) {
        return nearDuplicates.computeIfAbsent(key, k -> new NearDuplicates(counts.getOrDefault(k, Map.of())));
    }
}
