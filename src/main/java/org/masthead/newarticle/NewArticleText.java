package org.masthead.newarticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.FrontMatterEntry;
import org.masthead.article.KeyPlacement;
import org.masthead.document.ArticleDocument;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.FieldType;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;
import org.masthead.yaml.ScalarType;
import org.masthead.yaml.YamlValue;

/**
 * A new article's text, made with the same lossless header edits as {@code masthead set}: the template (its
 * comments and quoting kept) or an empty header, the schema's missing keys in its order, the tokens filled, the
 * title, date, URL, slug and draft flag, the writer's own values, then the linked fields filled as the window
 * fills them.
 */
final class NewArticleText {
    private final SiteProfile profile;
    private final String title;
    private final String slug;
    private final String url;
    private final LocalDate date;
    private Map<String, String> tokens;

    NewArticleText(SiteProfile profile, String title, String slug, String url, LocalDate date) {
        this.profile = profile;
        this.title = title;
        this.slug = slug;
        this.url = url;
        this.date = date;
    }

    /** @param sets the writer's {@code KEY=VALUE}s, in order; a list key takes comma-separated items */
    String build(Map<String, String> sets) throws SourceException {
        Article a = start();
        FrontMatter fm = a.requireFrontMatter();
        Schema schema = profile.schemaFor(fm.keys());
        String shownDate = profile.datePattern(schema).format(date);
        tokens = Map.of("title", title, "slug", slug, "date", shownDate, "url", url);
        String draftKey = profile.newArticle().draftKeyFor(schema).orElse(null);
        FrontMatterEditor editor = editor(schema, draftKey);
        for (String key : schema.keys()) if (!fm.has(key)) a = editor.set(a, key, "");
        a = fillTokens(a, editor, fm);
        // The flag first: a draft_key naming the title or date key must not replace them.
        if (draftKey != null) a = editor.set(a, draftKey, "true");
        a = setRole(a, editor, schema, FieldRole.PAGE_TITLE, title);
        a = setRole(a, editor, schema, FieldRole.DATE, shownDate);
        if (!url.isEmpty()) a = setRole(a, editor, schema, FieldRole.CANONICAL_URL, url);
        a = setRole(a, editor, schema, FieldRole.SLUG, slug);
        for (Map.Entry<String, String> s : sets.entrySet()) {
            boolean list = schema.field(s.getKey())
                    .map(f -> f.type() == FieldType.LIST)
                    .orElse(false);
            a = editor.setText(a, s.getKey(), s.getValue(), list);
        }
        a = a.withText(a.text().substring(0, a.bodyOffset()) + Tokens.fill(a.body(), tokens));
        return linked(a, schema);
    }

    /** The template's body with its tokens filled, as {@link #build} ends it. */
    String body() throws SourceException {
        Article a = start();
        Schema schema = profile.schemaFor(a.requireFrontMatter().keys());
        tokens = Map.of(
                "title",
                title,
                "slug",
                slug,
                "date",
                profile.datePattern(schema).format(date),
                "url",
                url);
        return Tokens.fill(a.body(), tokens);
    }

    /** The template, or an empty header; a template without a header gives the body. */
    private Article start() throws SourceException {
        String template = profile.newArticle().templateText();
        if (template != null) {
            Article t = Article.of(null, template, false);
            if (t.headerError().isPresent())
                throw t.headerError().get().relocate(profile.newArticle().template(), 0);
            if (t.hasFrontMatterBlock()) return t;
        }
        String body = template == null ? "\n" : template;
        return Article.of(null, "---\n---\n" + body, false);
    }

    private static FrontMatterEditor editor(Schema schema, String draftKey) {
        Map<String, ScalarType> types = new HashMap<>(schema.scalarTypes());
        if (draftKey != null) types.put(draftKey, ScalarType.BOOL);
        return new FrontMatterEditor(new KeyPlacement(schema.keys()), types);
    }

    /** The template's own values with their tokens filled; values without tokens keep their bytes. */
    private Article fillTokens(Article a, FrontMatterEditor editor, FrontMatter template) throws SourceException {
        for (FrontMatterEntry e : template.entries()) {
            if (e.value() instanceof YamlValue.Scalar s && s.asText().contains("{")) {
                String filled = Tokens.fill(s.asText(), tokens);
                if (!filled.equals(s.asText())) a = editor.set(a, e.key(), filled);
            } else if (e.value() instanceof YamlValue.Sequence seq
                    && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) {
                List<String> items = new ArrayList<>();
                for (String item : seq.texts()) items.add(Tokens.fill(item, tokens));
                if (!items.equals(seq.texts())) a = editor.setList(a, e.key(), items);
            }
        }
        return a;
    }

    private static Article setRole(Article a, FrontMatterEditor editor, Schema schema, FieldRole role, String value)
            throws SourceException {
        var field = schema.fieldFor(role).map(FieldSpec::key);
        return field.isPresent() ? editor.set(a, field.get(), value) : a;
    }

    /** The linked fields filled as the window's Fill Linked Fields does ({@link ArticleDocument#fillLinked}). */
    private String linked(Article a, Schema schema) {
        ArticleDocument doc = ArticleDocument.untitled(schema, profile);
        doc.restore(a.text());
        doc.fillLinked();
        return doc.article().text();
    }
}
