package org.masthead.document;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEditor;
import org.masthead.link.FieldLinks;
import org.masthead.link.LinkInputs;
import org.masthead.link.LinkRule;
import org.masthead.profile.RoleValues;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PlainText;
import org.masthead.source.SourceException;

/** The linked fields of one document: their rules come from its schema, their state from its values. */
final class DocumentLinks {
    private FieldLinks links = new FieldLinks(List.of());
    private Schema schema;
    private List<LinkRule> added = List.of();
    private BinaryOperator<Article> body;

    /** Works the links out again from the article's values (open, raw header edits). */
    void infer(Article article, SiteProfile profile) {
        Optional<FrontMatter> fm = article.frontMatter();
        if (fm.isEmpty()) return; // a header that does not parse keeps the links it had
        Schema s = profile.schemaFor(fm.get().keys());
        if (!s.equals(schema)) {
            schema = s;
            links = new FieldLinks(rules(s));
        }
        Set<String> present = new HashSet<>(fm.get().keys());
        links.infer(inputs(article, profile, fm.get()), present);
    }

    /**
     * Rules of this document's own, beside the schema's (a new article's slug and URL until its first save); one
     * for a target the schema links too takes its place. {@code body}, if not null, gives the body after each
     * edit of a field (a template's body that takes the title). Empty and null drop them; the links are worked
     * out again.
     */
    void useAdded(List<LinkRule> rules, BinaryOperator<Article> body, Article article, SiteProfile profile) {
        added = List.copyOf(rules);
        this.body = body;
        schema = null;
        links = new FieldLinks(List.of());
        infer(article, profile);
    }

    /** {@code after} with the body the added body rule gives for a header edit that made it from {@code before}. */
    Article followBody(Article before, Article after) {
        return body == null ? after : body.apply(before, after);
    }

    private List<LinkRule> rules(Schema s) {
        Map<String, LinkRule> byTarget = new LinkedHashMap<>();
        for (LinkRule r : s.links()) byTarget.put(r.target(), r);
        for (LinkRule r : added) byTarget.put(r.target(), r);
        return List.copyOf(byTarget.values());
    }

    FieldLinks state() {
        return links;
    }

    /** The values the linked fields should now hold; empty when they already do or the header does not parse. */
    Map<String, String> updates(Article article, SiteProfile profile, boolean bodyChanged) {
        Optional<FrontMatter> fm = article.frontMatter();
        if (fm.isEmpty() || (bodyChanged && !links.followsBody())) return Map.of();
        return links.updates(inputs(article, profile, fm.get()));
    }

    private static LinkInputs inputs(Article article, SiteProfile profile, FrontMatter fm) {
        return new LinkInputs() {
            private String first;

            @Override
            public String text(String key) {
                return fm.text(key).strip();
            }

            @Override
            public String firstParagraph() {
                if (first == null) first = PlainText.firstParagraphQuick(article.body());
                return first;
            }

            @Override
            public String baseUrl() {
                return ArticleRenderer.effectiveBaseUrl(profile, new RoleValues(fm, profile.schemaFor(fm.keys())));
            }
        };
    }

    /** An article with its linked fields set, and which fields were. */
    record Followed(Article article, Set<String> keys) {}

    /**
     * Sets every linked field to what its rule derives from {@code a}; one the file leaves out only
     * when it follows {@code edited} (or is it, relinked), so no other edit adds keys to a file.
     */
    Followed follow(Article a, SiteProfile profile, boolean bodyChanged, FrontMatterEditor editor, String edited) {
        Map<String, String> updates = new LinkedHashMap<>(updates(a, profile, bodyChanged));
        Set<String> mayAdd = new HashSet<>(edited == null ? List.of() : links.followers(edited));
        if (edited != null && links.isLinked(edited)) mayAdd.add(edited);
        updates.keySet()
                .removeIf(k -> !mayAdd.contains(k)
                        && a.frontMatter().map(fm -> !fm.has(k)).orElse(true));
        Article out = a;
        try {
            for (Map.Entry<String, String> u : updates.entrySet()) out = editor.set(out, u.getKey(), u.getValue());
        } catch (SourceException e) {
            // The header parsed a moment ago; if it no longer does, the writer's edit stands alone.
            return new Followed(a, updates.keySet());
        }
        return new Followed(out, updates.keySet());
    }
}
