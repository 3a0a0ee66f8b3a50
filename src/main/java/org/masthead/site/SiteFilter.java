package org.masthead.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the site panel shows: articles whose title, path, tags or body words hold every word typed
 * in the filter box (a word matches the start of a body word, or any part of a title, path or tag),
 * narrowed by the quick filters.
 *
 * @param today for "changed today", in the writer's time zone
 */
public record SiteFilter(
        String text, boolean errorsOnly, boolean draftsOnly, boolean changedToday, LocalDate today, ZoneId zone) {

    public static SiteFilter none(LocalDate today, ZoneId zone) {
        return new SiteFilter("", false, false, false, today, zone);
    }

    public boolean matches(SiteEntry e) {
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
