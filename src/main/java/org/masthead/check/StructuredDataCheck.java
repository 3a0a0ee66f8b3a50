package org.masthead.check;

import java.util.Optional;

import org.masthead.export.PageMetadata;
import org.masthead.export.StructuredData;
import org.masthead.image.ImageFacts;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;

/**
 * The exported page's JSON-LD against Google's Article structured-data guidance: the properties it
 * recommends (headline, image, datePublished, author), an image Google can fetch (an absolute URL)
 * and large enough (50,000 pixels or more, width times height), and a concise headline. Each
 * message names the rule and where it comes from. The properties only recommended (an image, a
 * date, an author) are asked for on a site with a base URL: a page meant for the web.
 */
final class StructuredDataCheck implements ArticleCheck {
    static final String SOURCE = "Google's Article structured-data guidance, "
            + "developers.google.com/search/docs/appearance/structured-data/article";
    static final int MIN_PIXELS = 50_000;
    /** Google's guidance named 110 characters until 2021; it now asks for a concise headline. */
    static final int HEADLINE_CHARS = 110;

    @Override
    public void check(CheckContext ctx) {
        PageMetadata meta = PageMetadata.of(ctx.article(), ctx.profile());
        StructuredData data = meta.structuredData();
        String imageKey = key(ctx, FieldRole.IMAGE_PATH, FieldRole.IMAGE_URL);
        boolean published = !ctx.baseUrl().isEmpty();
        boolean hasImage = !ctx.values().get(FieldRole.IMAGE_PATH).isEmpty()
                || !ctx.values().get(FieldRole.IMAGE_URL).isEmpty();
        if (data.imageUrl().isEmpty()) {
            if (hasImage)
                ctx.atKey(
                        Finding.STRUCTURED_DATA,
                        Severity.WARNING,
                        imageKey,
                        "JSON-LD image: the image has no absolute URL (set base_url in "
                                + "masthead.yml); Google reads only images it can fetch (" + SOURCE + ")");
            else if (published)
                ctx.atKey(
                        Finding.STRUCTURED_DATA,
                        Severity.TIP,
                        imageKey,
                        "JSON-LD image: the article has none; Google recommends an image " + "for Article results ("
                                + SOURCE + ")");
        } else {
            Optional<ImageFacts> facts = meta.image().filter(f -> !f.isSvg());
            if (facts.isPresent() && (long) facts.get().width() * facts.get().height() < MIN_PIXELS)
                ctx.atKey(
                        Finding.STRUCTURED_DATA,
                        Severity.WARNING,
                        imageKey,
                        "JSON-LD image: " + facts.get().width() + "×"
                                + facts.get().height()
                                + " is under the 50,000 pixels (width × height) Google asks for ("
                                + SOURCE + ")");
        }
        String headlineKey = key(ctx, FieldRole.HEADLINE, FieldRole.PAGE_TITLE);
        int chars = data.headline().codePointCount(0, data.headline().length());
        if (chars > HEADLINE_CHARS)
            ctx.atKey(
                    Finding.STRUCTURED_DATA,
                    Severity.TIP,
                    headlineKey,
                    "JSON-LD headline: " + chars + " characters; Google asks for a "
                            + "concise headline, and long ones are cut on some devices (its guidance named "
                            + HEADLINE_CHARS + " until 2021; " + SOURCE + ")");
        if (!published) return;
        if (data.published().isEmpty() && ctx.values().get(FieldRole.DATE).isEmpty())
            ctx.atKey(
                    Finding.STRUCTURED_DATA,
                    Severity.TIP,
                    key(ctx, FieldRole.DATE),
                    "JSON-LD datePublished: the article has no date; " + "Google recommends one (" + SOURCE + ")");
        if (data.authorName().isEmpty())
            ctx.atKey(
                    Finding.STRUCTURED_DATA,
                    Severity.TIP,
                    key(ctx, FieldRole.AUTHOR),
                    "JSON-LD author: none is named; Google recommends "
                            + "the author's name (an author field, or 'author: {name: …}' in masthead.yml; " + SOURCE
                            + ")");
    }

    /** The key of the first role the schema has, or null (the finding is then at the file's top). */
    private static String key(CheckContext ctx, FieldRole... roles) {
        for (FieldRole r : roles) {
            Optional<FieldSpec> f = ctx.field(r);
            if (f.isPresent()) return f.get().key();
        }
        return null;
    }
}
