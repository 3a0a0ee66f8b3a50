package org.masthead.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
        String words) {

    public SiteEntry {
        tags = List.copyOf(tags);
    }

    /** The same entry under the name the file was found by now. */
    SiteEntry at(Path file) {
        return new SiteEntry(file, title, date, errors, warnings, tips, tags, draft, modified, size, problem, words);
    }

    /** An entry for a file that could not be indexed, with the reason. */
    static SiteEntry unreadable(Path path, long modified, long size, String problem) {
        return new SiteEntry(path, "", null, 1, 0, 0, List.of(), null, modified, size, problem, "");
    }
}
