package org.masthead.profile;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.masthead.link.LinkRule;

import static org.masthead.profile.FieldRole.*;
import static org.masthead.profile.FieldType.*;

/** The schemas Masthead knows without a profile. */
public final class BuiltInSchemas {
    private BuiltInSchemas() {}

    /** The site's date style, e.g. "Dec 8, 2024". */
    public static final String ARTICLE_DATE_FORMAT = "MMM d, yyyy";
    /** ISO dates ("2024-12-08"), also accepting a full ISO date-time. */
    public static final String ISO_DATE_FORMAT = "iso";

    /** The first site's header, every key exactly as that site spells it (twitter_tittle included). */
    public static final Schema ARTICLE = new Schema(
            "article",
            List.of(
                    new FieldSpec(
                            "title",
                            "Page title",
                            "The page's <title>: browser tab and search results.",
                            TEXT,
                            PAGE_TITLE,
                            true,
                            60),
                    new FieldSpec(
                            "blog_url",
                            "Canonical URL",
                            "The article's address on the site (absolute https URL).",
                            URL,
                            CANONICAL_URL,
                            true,
                            0),
                    new FieldSpec(
                            "img_alt",
                            "Image alt text",
                            "Describes the image for people who cannot see it.",
                            MULTILINE,
                            IMAGE_ALT,
                            true,
                            420),
                    new FieldSpec(
                            "des",
                            "Meta description",
                            "The summary search engines show under the title.",
                            MULTILINE,
                            DESCRIPTION,
                            true,
                            160),
                    new FieldSpec(
                            "twitter_des",
                            "X description",
                            "twitter:description; the meta description is used when empty.",
                            MULTILINE,
                            SOCIAL_DESCRIPTION,
                            true,
                            200),
                    new FieldSpec(
                            "twitter_tittle",
                            "X title",
                            "twitter:title (the site spells the key 'tittle').",
                            TEXT,
                            SOCIAL_TITLE,
                            true,
                            70),
                    new FieldSpec(
                            "header_title", "Headline", "The H1 at the top of the article.", TEXT, HEADLINE, true, 0),
                    new FieldSpec(
                            "page_date",
                            "Date",
                            "Publication date, written like 'Dec 8, 2024'.",
                            FieldType.DATE,
                            FieldRole.DATE,
                            true,
                            0),
                    new FieldSpec(
                            "page_first_p",
                            "Lead paragraph",
                            "The body's first paragraph as plain text.",
                            MULTILINE,
                            LEAD,
                            true,
                            0),
                    new FieldSpec("figure_author", "Image credit", "Who made the image.", TEXT, IMAGE_CREDIT, false, 0),
                    new FieldSpec(
                            "figure_author_url",
                            "Image credit URL",
                            "Where the image comes from.",
                            URL,
                            IMAGE_CREDIT_URL,
                            false,
                            0),
                    new FieldSpec(
                            "figure_license", "Image license", "e.g. CC BY 4.0.", LICENSE, IMAGE_LICENSE, false, 0),
                    new FieldSpec(
                            "figure_license_url",
                            "Image license URL",
                            "The license's text.",
                            URL,
                            IMAGE_LICENSE_URL,
                            false,
                            0),
                    new FieldSpec(
                            "page_image_src_rel",
                            "Image path",
                            "The image's path on the site, e.g. /images/posts_img/x.webp.",
                            FieldType.IMAGE_PATH,
                            FieldRole.IMAGE_PATH,
                            true,
                            0),
                    new FieldSpec(
                            "img_url_full",
                            "Image URL",
                            "The image's absolute URL: base URL + image path.",
                            URL,
                            IMAGE_URL,
                            true,
                            0),
                    new FieldSpec("figure_p", "Caption", "The caption under the image.", MULTILINE, CAPTION, false, 0)),
            ARTICLE_DATE_FORMAT,
            List.of(
                    LinkRule.copy("twitter_tittle", "title"),
                    LinkRule.copy("header_title", "title"),
                    LinkRule.copy("twitter_des", "des"),
                    LinkRule.parse("page_first_p", LinkRule.FIRST_PARAGRAPH_SOURCE),
                    LinkRule.parse("img_url_full", "base_url + page_image_src_rel"),
                    LinkRule.parse("figure_license_url", "license_url(figure_license)"),
                    LinkRule.copy("figure_p", "img_alt")));

    /** The keys Hugo and Jekyll sites have in common. */
    public static final Schema HUGO = new Schema(
            "hugo",
            List.of(
                    new FieldSpec("title", "Title", "The page's title and headline.", TEXT, PAGE_TITLE, true, 60),
                    new FieldSpec(
                            "date",
                            "Date",
                            "Publication date, e.g. 2024-12-08.",
                            FieldType.DATE,
                            FieldRole.DATE,
                            true,
                            0),
                    new FieldSpec(
                            "description",
                            "Description",
                            "The summary search engines and cards show.",
                            MULTILINE,
                            DESCRIPTION,
                            false,
                            160),
                    new FieldSpec("tags", "Tags", "Topics, as a list.", LIST, TAGS, false, 0),
                    new FieldSpec(
                            "image",
                            "Image",
                            "Path of the share image under the site's static folder.",
                            FieldType.IMAGE_PATH,
                            FieldRole.IMAGE_PATH,
                            false,
                            0),
                    new FieldSpec("draft", "Draft", "true keeps the page unpublished.", BOOLEAN, DRAFT, false, 0),
                    new FieldSpec("slug", "Slug", "The last part of the page's URL.", TEXT, SLUG, false, 0)),
            ISO_DATE_FORMAT);

    public static List<Schema> all() {
        return List.of(ARTICLE, HUGO);
    }

    public static Optional<Schema> named(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("jekyll")) n = "hugo";
        for (Schema s : all()) if (s.name().equals(n)) return Optional.of(s);
        return Optional.empty();
    }

    /** The built-in schema that knows most of the keys; the article schema on a tie. */
    public static Schema guess(Collection<String> keys) {
        Schema best = ARTICLE;
        long bestCount = keys.stream().filter(k -> ARTICLE.field(k).isPresent()).count();
        long hugo = keys.stream().filter(k -> HUGO.field(k).isPresent()).count();
        if (hugo > bestCount) best = HUGO;
        return best;
    }
}
