package org.masthead.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catches a value of a list field that is another spelling of a value the site uses more often:
 * letter case, spaces vs hyphens vs underscores, singular vs plural (s, es, ies), or one typo
 * (Damerau–Levenshtein distance 1, for values of four letters or more). The more used spelling
 * wins; two spellings used equally often give no tip, since neither is the site's usual one.
 * Lookups go through maps built once, so checking every value of a large site stays linear.
 */
public final class NearDuplicates {
    /** Longer values are not looked at for typos: each would cost its length squared (a tag is a few words). */
    static final int TYPO_MAX_LENGTH = 64;

    private final Map<String, Integer> counts;
    /** The site's values by folded form. */
    private final Map<String, List<String>> byFold = new HashMap<>();
    /** Folded forms (of four letters or more) by each form with one char left out. */
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    /** @param counts each value of one field with the number of articles that use it */
    public NearDuplicates(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
        for (String v : counts.keySet()) {
            String f = SpellingForms.fold(v);
            if (f.isEmpty()) continue;
            List<String> same = byFold.computeIfAbsent(f, k -> new ArrayList<>());
            same.add(v);
            if (same.size() > 1 || !typoCandidate(f)) continue;
            for (String d : SpellingForms.deletions(f))
                byDeletion.computeIfAbsent(d, k -> new ArrayList<>()).add(f);
        }
    }

    /** The site's usual spelling of {@code value}, when it is another spelling of a value used more often. */
    public Optional<NearDuplicate> of(String value) {
        String v = value.strip();
        String f = SpellingForms.fold(v);
        if (f.isEmpty()) return Optional.empty();
        int own = counts.getOrDefault(v, 0);
        Best best = new Best(v, own);
        best.consider(byFold.get(f), NearDuplicate.Kind.CASE_OR_SEPARATORS);
        for (String p : SpellingForms.plurals(f)) best.consider(byFold.get(p), NearDuplicate.Kind.PLURAL);
        for (String s : SpellingForms.singulars(f)) {
            if (SpellingForms.isPluralOf(f, s)) best.consider(byFold.get(s), NearDuplicate.Kind.PLURAL);
        }
        if (typoCandidate(f)) {
            List<String> near = new ArrayList<>();
            addAll(near, byDeletion.get(f));
            for (String d : SpellingForms.deletions(f)) {
                addAll(near, byDeletion.get(d));
                if (byFold.containsKey(d) && typoCandidate(d)) near.add(d);
            }
            for (String n : near) {
                if (SpellingForms.oneEditApart(f, n)) best.consider(byFold.get(n), NearDuplicate.Kind.TYPO);
            }
        }
        return best.result();
    }

    private static boolean typoCandidate(String folded) {
        return folded.length() <= TYPO_MAX_LENGTH && SpellingForms.letters(folded) >= 4;
    }

    private static void addAll(List<String> into, List<String> from) {
        if (from != null) into.addAll(from);
    }

    /**
     * The most used other spelling so far. Two other spellings used equally often leave the site
     * without one usual spelling: no tip then, as for a value used as often as its variant.
     */
    private final class Best {
        private final String value;
        private final int own;
        private NearDuplicate found;
        private boolean tied;

        Best(String value, int own) {
            this.value = value;
            this.own = own;
        }

        void consider(List<String> spellings, NearDuplicate.Kind kind) {
            if (spellings == null) return;
            for (String s : spellings) {
                int n = counts.get(s);
                if (s.equals(value) || n <= own) continue;
                if (found == null || n > found.usualCount()) {
                    found = new NearDuplicate(value, own, s, n, kind);
                    tied = false;
                } else if (n == found.usualCount()) {
                    if (!s.equals(found.usual())) tied = true;
                    else if (kind.ordinal() < found.kind().ordinal()) found = new NearDuplicate(value, own, s, n, kind);
                }
            }
        }

        Optional<NearDuplicate> result() {
            return tied ? Optional.empty() : Optional.ofNullable(found);
        }
    }
}
