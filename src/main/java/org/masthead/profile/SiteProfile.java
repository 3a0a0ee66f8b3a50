package org.masthead.profile;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How one site builds its pages: which schema its articles use, its base URL and name, the folder
 * site-relative images are found under, its date style, and its length limits.
 *
 * @param file       the masthead.yml it came from, or null for defaults
 * @param schema     the declared schema, or null to guess from each article's keys
 * @param siteRoot   folder that site-relative paths ("/images/x.png") start from
 * @param dateFormat the date pattern, or null for the schema's own
 * @param limits     length limits by key, overriding the schema's
 * @param twitterCard the X card the pages ask for ("summary" or "summary_large_image"), or empty to choose by image
 * @param themeColor the site's colour for {@code <meta name="theme-color">} (Discord's card bar), or empty
 * @param images     where images dropped or pasted into an article are copied
 * @param newArticle how new articles start (the {@code new_article} section), with its problems
 * @param writing    the articles' language and word-count target
 * @param page       the site's own template and stylesheets, or the built-in page
 * @param publishing the publisher and author the structured data and social tags name
 */
public record SiteProfile(
        Path file,
        Schema schema,
        String siteName,
        String baseUrl,
        Path siteRoot,
        String dateFormat,
        Map<String, Integer> limits,
        String twitterCard,
        String themeColor,
        ImageRules images,
        NewArticleRules newArticle,
        WritingRules writing,
        PageLook page,
        Publishing publishing) {

    public SiteProfile {
        writing = writing == null ? WritingRules.NONE : writing;
        newArticle = newArticle == null ? NewArticleRules.DEFAULTS : newArticle;
        limits = Map.copyOf(limits);
        siteName = siteName == null ? "" : siteName;
        baseUrl = baseUrl == null ? "" : baseUrl;
        twitterCard = twitterCard == null ? "" : twitterCard;
        themeColor = themeColor == null ? "" : themeColor;
        images = images == null ? ImageRules.DEFAULT : images;
        page = page == null ? PageLook.BUILT_IN : page;
        publishing = publishing == null ? Publishing.NONE : publishing;
    }

    /** The folder masthead.yml is in, which new articles' paths start from; the site root without one. */
    public Path siteFolder() {
        return file != null ? file.toAbsolutePath().getParent() : siteRoot;
    }

    /** The defaults for an article with no masthead.yml above it. */
    public static SiteProfile defaults(Path siteRoot) {
        return new SiteProfile(null, null, "", "", siteRoot, null, Map.of(), "", "", null, null, null, null, null);
    }

    public Optional<Path> profileFile() {
        return Optional.ofNullable(file);
    }

    /** The declared schema, else the built-in one that knows most of these keys. */
    public Schema schemaFor(Collection<String> keys) {
        return schema != null ? schema : BuiltInSchemas.guess(keys);
    }

    public DatePattern datePattern(Schema forSchema) {
        return DatePattern.of(dateFormat != null ? dateFormat : forSchema.defaultDateFormat());
    }

    public int limit(FieldSpec field) {
        return limits.getOrDefault(field.key(), field.limit());
    }
}
