package org.masthead.newarticle;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.article.Slug;
import org.masthead.document.ArticleDocument;
import org.masthead.link.LinkRule;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;

/**
 * Where an article started the site's way goes at its first save, and the links that keep its slug and
 * canonical URL following the title until then. The file follows the slug (the slug field's when the schema has
 * one, else the title's) until the writer types another place; that one, relative to the site, is kept.
 */
public final class FirstSavePlace {
    private final SiteProfile profile;
    private final LocalDate date;
    private final String fallback;
    private String typed;

    /** {@code fallback}: the slug for a title that gives none (the dated name the rules chose at the start). */
    public FirstSavePlace(SiteProfile profile, LocalDate date, String fallback) {
        this.profile = profile;
        this.date = date;
        this.fallback = fallback;
    }

    public LocalDate date() {
        return date;
    }

    /** The slug follows the title; the URL follows the slug field when there is one, else the title. */
    public List<LinkRule> links(Schema schema) {
        List<LinkRule> out = new ArrayList<>();
        Optional<String> title = key(schema, FieldRole.PAGE_TITLE);
        if (title.isEmpty()) return out;
        Optional<String> slug = key(schema, FieldRole.SLUG);
        slug.ifPresent(k -> out.add(LinkRule.slugOf(k, title.get(), LinkRule.SLUG_TOKEN, fallback)));
        key(schema, FieldRole.CANONICAL_URL).ifPresent(k -> {
            String pattern = ArticlePlace.url(profile, LinkRule.SLUG_TOKEN, date);
            if (pattern.isEmpty()) return; // no base URL: the field is the writer's
            out.add(slug.map(s -> LinkRule.inPattern(k, s, pattern))
                    .orElseGet(() -> LinkRule.slugOf(k, title.get(), pattern, fallback)));
        });
        return out;
    }

    /** The document follows the title as planned here until {@link #detach}: its slug, URL and untouched body. */
    public void attach(ArticleDocument doc) {
        doc.useAddedLinks(links(doc.schema()), this::followBody);
    }

    /** Saved: the slug, URL and body are the writer's now. */
    public void detach(ArticleDocument doc) {
        doc.useAddedLinks(List.of(), null);
    }

    /**
     * A body the writer has not touched (the template's as it was filled for the title before the edit) is
     * filled again for the title after it; any other body stays as it is.
     */
    Article followBody(Article before, Article after) {
        String was = title(before), now = title(after);
        if (was.equals(now)) return after;
        try {
            if (!before.body().equals(NewArticles.body(profile, was, date))) return after;
            String body = NewArticles.body(profile, now, date);
            return after.withText(after.text().substring(0, after.bodyOffset()) + body);
        } catch (SourceException e) {
            return after; // the template no longer reads: the body stays the writer's
        }
    }

    private String title(Article a) {
        return a.frontMatter()
                .flatMap(fm ->
                        key(profile.schemaFor(fm.keys()), FieldRole.PAGE_TITLE).map(fm::text))
                .orElse("");
    }

    /** True while the file follows the slug. */
    public boolean isLinked() {
        return typed == null;
    }

    /** The file follows the slug again. */
    public void relink() {
        typed = null;
    }

    /** The writer typed where the article goes, relative to the site folder; it stops following. */
    public void type(String relative) {
        typed = relative.strip();
    }

    /** The file the first save writes now (checked at the save, see {@link ArticlePlace#checkInside}). */
    public Path file(ArticleDocument doc) {
        if (typed != null) return profile.siteFolder().resolve(typed).normalize();
        return ArticlePlace.file(profile, slug(doc), date);
    }

    /** {@link #file} as the form shows it: relative to the site folder, with {@code /}. */
    public String shown(ArticleDocument doc) {
        if (typed != null) return typed;
        Path site = profile.siteFolder().toAbsolutePath().normalize();
        Path file = file(doc).toAbsolutePath().normalize();
        String rel = file.startsWith(site) ? site.relativize(file).toString() : file.toString();
        return rel.replace(File.separatorChar, '/');
    }

    private String slug(ArticleDocument doc) {
        Schema schema = doc.schema();
        String own = key(schema, FieldRole.SLUG).map(k -> text(doc, k)).orElse("");
        if (!own.isBlank()) return own.strip();
        String made =
                Slug.of(key(schema, FieldRole.PAGE_TITLE).map(k -> text(doc, k)).orElse(""));
        return made.isEmpty() ? fallback : made;
    }

    private static String text(ArticleDocument doc, String key) {
        return doc.article().frontMatter().map(fm -> fm.text(key)).orElse("");
    }

    private static Optional<String> key(Schema schema, FieldRole role) {
        return schema.fieldFor(role).map(FieldSpec::key);
    }
}
