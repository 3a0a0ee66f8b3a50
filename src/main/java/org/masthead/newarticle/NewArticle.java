package org.masthead.newarticle;

import java.nio.file.Path;
import java.util.List;

import org.masthead.source.SourceException;

/**
 * A new article, ready to write: where it goes and its whole text.
 *
 * @param file     the path its rules give it, inside the site (checked)
 * @param slug     the slug it was named by
 * @param url      its canonical URL, or empty when the site has no URL pattern or base URL
 * @param text     the front matter and the body, as they will be written (UTF-8)
 * @param warnings the profile's problems with {@code new_article}, whose defaults were used instead
 */
public record NewArticle(Path file, String slug, String url, String text, List<SourceException> warnings) {
    public NewArticle {
        warnings = List.copyOf(warnings);
    }
}
