package org.masthead.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article of a site as the site panel and {@code masthead list} show it.
 *
 * @param path     the file
 * @param title    the page title (or headline); empty when the article has none
 * @param date     the publication date read with the site's date format; null when missing or unreadable
 * @param draft    the site's draft flag; null when its schema has none
 * @param modified the file's last change, in milliseconds since the epoch
 * @param problem  why the file could not be read or checked (then the counts say one error); null when it was
 * @param words    the body's distinct words, lower case, space-separated (see {@link SiteWords}), for filtering
 * @param lists    every list field's distinct values (tags, categories, authors…) by key, in header order
 *                 (see {@link ListValues}); {@code tags} is the tag role's list among them
 */
public record SiteEntry(
        Path path,
        String title,
        LocalDate date,
        int errors,
        int warnings,
        int tips,
        List<String> tags,
        Boolean draft,
        long modified,
        long size,
        String problem,
        String words,
        Map<String, List<String>> lists) {

    public SiteEntry {
        tags = List.copyOf(tags);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        lists.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        lists = Collections.unmodifiableMap(copy);
    }

    /** An entry that knows no list field but its tags. */
    public SiteEntry(
            Path path,
            String title,
            LocalDate date,
            int errors,
            int warnings,
            int tips,
            List<String> tags,
            Boolean draft,
            long modified,
            long size,
            String problem,
            String words) {
        this(path, title, date, errors, warnings, tips, tags, draft, modified, size, problem, words, Map.of());
    }

    /** The same entry under the name the file was found by now. */
    SiteEntry at(Path file) {
        return new SiteEntry(
                file, title, date, errors, warnings, tips, tags, draft, modified, size, problem, words, lists);
    }

    /** An entry for a file that could not be indexed, with the reason. */
    static SiteEntry unreadable(Path path, long modified, long size, String problem) {
        return new SiteEntry(path, "", null, 1, 0, 0, List.of(), null, modified, size, problem, "");
    }
}
