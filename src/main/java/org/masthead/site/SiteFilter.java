package org.masthead.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the site panel shows: articles whose title, path, tags or body words hold every word typed
 * in the filter box (a word matches the start of a body word, or any part of a title, path or tag),
 * narrowed by the quick filters and a tag.
 *
 * @param tag   articles with this tag only (letter case aside), or empty for all
 * @param today for "changed today", in the writer's time zone
 */
public record SiteFilter(
        String text,
        boolean errorsOnly,
        boolean draftsOnly,
        boolean changedToday,
        String tag,
        LocalDate today,
        ZoneId zone) {

    public static SiteFilter none(LocalDate today, ZoneId zone) {
        return new SiteFilter("", false, false, false, "", today, zone);
    }

    /** Every tag of these articles with the number of articles that have it, in alphabetical order. */
    public static SortedMap<String, Integer> tags(List<SiteEntry> entries) {
        SortedMap<String, Integer> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (SiteEntry e : entries) {
            Set<String> once = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            once.addAll(e.tags());
            for (String t : once) {
                if (!t.isBlank()) out.merge(t, 1, Integer::sum);
            }
        }
        return out;
    }

    public boolean matches(SiteEntry e) {
        if (!tag.isEmpty() && e.tags().stream().noneMatch(tag::equalsIgnoreCase)) return false;
        if (errorsOnly && e.errors() == 0) return false;
        if (draftsOnly && !Boolean.TRUE.equals(e.draft())) return false;
        if (changedToday
                && !LocalDate.ofInstant(Instant.ofEpochMilli(e.modified()), zone)
                        .equals(today)) return false;
        for (String word : words()) {
            if (!(contains(e.title(), word)
                    || contains(e.path().toString(), word)
                    || e.tags().stream().anyMatch(t -> contains(t, word))
                    || SiteWords.hasWordStarting(e.words(), word))) return false;
        }
        return true;
    }

    private List<String> words() {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }

    private static boolean contains(String s, String word) {
        return s.toLowerCase(Locale.ROOT).contains(word);
    }
}
