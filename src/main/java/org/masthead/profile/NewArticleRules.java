package org.masthead.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.masthead.source.SourceException;

/**
 * How a site starts a new article: the {@code new_article} section of masthead.yml. Paths are relative
 * to the folder masthead.yml is in (the site's folder), never outside it.
 *
 * @param folder       where new articles go, or null for the default ({@code articles} if the site has it, else
 *                     the site's folder)
 * @param filePattern  the file's path under {@code folder}, with {@code {slug}}, {@code {yyyy}}, {@code {mm}},
 *                     {@code {dd}}
 * @param urlPattern   the canonical URL, with the same tokens and {@code {base_url}}, or null for the default
 *                     ({@code {base_url}/articles/{slug}} when the site has a base URL)
 * @param template     the template file, or null for none
 * @param templateText the template's text (read, and checked to be UTF-8, with the profile), or null
 * @param draftKey     the key that holds the draft flag, null for the schema's draft field, "" for none
 * @param problems     bad values in the section, each already replaced by its default
 */
public record NewArticleRules(
        String folder,
        String filePattern,
        String urlPattern,
        Path template,
        String templateText,
        String draftKey,
        List<SourceException> problems) {

    public static final String DEFAULT_FOLDER = "articles";
    public static final String DEFAULT_FILE = "{slug}.md";
    public static final String DEFAULT_URL = "{base_url}/articles/{slug}";
    /** Tokens a file pattern may hold; a URL pattern may also hold {@code {base_url}}. */
    public static final List<String> PATH_TOKENS = List.of("slug", "yyyy", "mm", "dd");

    public static final NewArticleRules DEFAULTS =
            new NewArticleRules(null, DEFAULT_FILE, null, null, null, null, List.of());

    public NewArticleRules {
        filePattern = filePattern == null ? DEFAULT_FILE : filePattern;
        problems = List.copyOf(problems);
    }

    /** The URL pattern to use: the site's, else the default when there is a base URL, else none (empty). */
    public String urlPatternFor(String baseUrl) {
        if (urlPattern != null) return urlPattern;
        return baseUrl == null || baseUrl.isEmpty() ? "" : DEFAULT_URL;
    }

    /** The key new articles set to true: the site's {@code draft_key}, else the schema's draft field, if any. */
    public Optional<String> draftKeyFor(Schema schema) {
        if (draftKey != null) return draftKey.isEmpty() ? Optional.empty() : Optional.of(draftKey);
        return schema.fieldFor(FieldRole.DRAFT).map(FieldSpec::key);
    }
}
