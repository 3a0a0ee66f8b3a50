package org.masthead.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;
import org.masthead.profile.FieldRole;
import org.masthead.profile.Publishing;
import org.masthead.profile.RoleValues;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.LocalAssets;
import org.masthead.render.PlainText;
import org.masthead.text.Urls;

/**
 * The tags an exported page carries. Open Graph titles and descriptions fall back to the page's
 * own; X's tags are written only when the article sets them, because X falls back to Open Graph
 * by itself and the cards then say where each value came from.
 */
public record PageMetadata(
        String title,
        String description,
        String canonicalUrl,
        String ogTitle,
        String ogDescription,
        String imageUrl,
        String imageAlt,
        Optional<ImageFacts> image,
        String siteName,
        String publishedDate,
        List<String> articleTags,
        String twitterCard,
        String twitterTitle,
        String twitterDescription,
        String themeColor,
        Social social,
        StructuredData structuredData) {

    /**
     * The tags that name the page's language, its last change and its people.
     *
     * @param locale           og:locale ({@code en_GB}), or empty
     * @param modifiedDate     article:modified_time (ISO), or empty
     * @param twitterSite      twitter:site, or empty
     * @param twitterCreator   twitter:creator, or empty
     * @param fediverseCreator fediverse:creator, or empty
     */
    public record Social(
            String locale, String modifiedDate, String twitterSite, String twitterCreator, String fediverseCreator) {}

    public static PageMetadata of(Article article, SiteProfile profile) {
        FrontMatter fm = article.frontMatter().orElseThrow(() -> new IllegalArgumentException("header does not parse"));
        RoleValues v = new RoleValues(fm, profile.schemaFor(fm.keys()));
        String title = v.first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE);
        String description = v.first(FieldRole.DESCRIPTION, FieldRole.LEAD);
        if (description.isEmpty()) description = PlainText.firstParagraphQuick(article.body());
        String canonical = v.get(FieldRole.CANONICAL_URL);
        if (!Urls.isAbsoluteHttp(canonical)) canonical = "";
        String base = ArticleRenderer.effectiveBaseUrl(profile, v);
        String imagePath = v.get(FieldRole.IMAGE_PATH);
        String imageUrl = v.get(FieldRole.IMAGE_URL);
        if (!Urls.isAbsoluteHttp(imageUrl)) {
            if (Urls.isAbsoluteHttp(imagePath)) imageUrl = imagePath;
            else if (!imagePath.isEmpty() && !base.isEmpty()) imageUrl = Urls.join(base, imagePath);
            else imageUrl = "";
        }
        LocalAssets assets = LocalAssets.forArticle(article, profile, base);
        Optional<ImageFacts> facts =
                assets.find(imagePath.isEmpty() ? imageUrl : imagePath).flatMap(PageMetadata::probe);
        String iso = iso(profile, v, v.get(FieldRole.DATE));
        String twitterTitle = v.get(FieldRole.SOCIAL_TITLE);
        String twitterDescription = v.get(FieldRole.SOCIAL_DESCRIPTION);
        Publishing pub = profile.publishing();
        String modified = iso(profile, v, v.get(FieldRole.MODIFIED));
        String author = v.get(FieldRole.AUTHOR);
        // The profile's handles are its author's: not another author's article.
        boolean profileAuthor = author.isEmpty() || author.equals(pub.authorName());
        if (author.isEmpty()) author = pub.authorName();
        Social social = new Social(
                locale(profile.writing().language()),
                modified,
                pub.twitterSite(),
                profileAuthor ? pub.twitterCreator() : "",
                profileAuthor ? pub.fediverseCreator() : "");
        String logo = pub.logo();
        if (!logo.isEmpty() && !Urls.isAbsoluteHttp(logo)) logo = base.isEmpty() ? "" : Urls.join(base, logo);
        StructuredData data = new StructuredData(
                pub.articleType(),
                v.first(FieldRole.HEADLINE, FieldRole.PAGE_TITLE),
                description,
                imageUrl,
                iso,
                modified,
                author,
                profileAuthor ? pub.authorUrl() : "",
                profile.siteName(),
                logo,
                canonical);
        return new PageMetadata(
                title,
                description,
                canonical,
                title,
                description,
                imageUrl,
                v.first(FieldRole.IMAGE_ALT, FieldRole.CAPTION),
                facts,
                profile.siteName(),
                iso,
                v.list(FieldRole.TAGS),
                twitterCard(profile, imageUrl),
                twitterTitle,
                twitterDescription,
                profile.themeColor(),
                social,
                data);
    }

    private static String iso(SiteProfile profile, RoleValues v, String date) {
        if (date.isEmpty()) return "";
        return profile.datePattern(v.schema()).parse(date).map(Object::toString).orElse("");
    }

    /** Open Graph writes a language and region with an underscore: en-GB is en_GB. */
    static String locale(String language) {
        if (language.isBlank()) return "";
        String[] parts = language.strip().split("[-_]");
        return parts.length > 1
                ? parts[0].toLowerCase(java.util.Locale.ROOT) + "_" + parts[1].toUpperCase(java.util.Locale.ROOT)
                : parts[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** The profile's choice; without one, the large card when there is an image to show. */
    private static String twitterCard(SiteProfile profile, String imageUrl) {
        if (!profile.twitterCard().isEmpty()) return profile.twitterCard();
        return imageUrl.isEmpty() ? "summary" : "summary_large_image";
    }

    private static Optional<ImageFacts> probe(Path p) {
        try {
            return Optional.of(ImageProbe.read(p));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The head tags, in the order they are written; tags without a value are left out. */
    public List<MetaTag> metaTags() {
        List<MetaTag> t = new ArrayList<>();
        add(t, MetaTag.name("description", description));
        if (!canonicalUrl.isEmpty()) t.add(MetaTag.link("canonical", canonicalUrl));
        t.add(MetaTag.property("og:type", "article"));
        add(t, MetaTag.property("og:title", ogTitle));
        add(t, MetaTag.property("og:description", ogDescription));
        add(t, MetaTag.property("og:url", canonicalUrl));
        add(t, MetaTag.property("og:image", imageUrl));
        if (!imageUrl.isEmpty()) {
            add(t, MetaTag.property("og:image:alt", imageAlt));
            image.ifPresent(i -> {
                if (!i.isSvg()) {
                    t.add(MetaTag.property("og:image:width", Integer.toString(i.width())));
                    t.add(MetaTag.property("og:image:height", Integer.toString(i.height())));
                }
            });
        }
        add(t, MetaTag.property("og:site_name", siteName));
        add(t, MetaTag.property("og:locale", social.locale()));
        add(t, MetaTag.name("theme-color", themeColor));
        add(t, MetaTag.property("article:published_time", publishedDate));
        add(t, MetaTag.property("article:modified_time", social.modifiedDate()));
        for (String tag : articleTags) add(t, MetaTag.property("article:tag", tag));
        t.add(MetaTag.name("twitter:card", twitterCard));
        add(t, MetaTag.name("twitter:site", social.twitterSite()));
        add(t, MetaTag.name("twitter:creator", social.twitterCreator()));
        add(t, MetaTag.name("twitter:title", twitterTitle));
        add(t, MetaTag.name("twitter:description", twitterDescription));
        add(t, MetaTag.name("twitter:image", imageUrl));
        if (!imageUrl.isEmpty()) add(t, MetaTag.name("twitter:image:alt", imageAlt));
        add(t, MetaTag.name("fediverse:creator", social.fediverseCreator()));
        return t;
    }

    /** Marks a page as Masthead's, so a later export knows it may replace it ({@link ExportTargets}). */
    public static final String GENERATOR_TAG = "<meta name=\"generator\" content=\"Masthead\">";

    public String headHtml() {
        StringBuilder sb = new StringBuilder(GENERATOR_TAG).append('\n');
        for (MetaTag m : metaTags()) sb.append(m.html()).append('\n');
        return sb.append(structuredData.html()).append('\n').toString();
    }

    private static void add(List<MetaTag> out, MetaTag tag) {
        if (!tag.value().isBlank()) out.add(tag);
    }
}
