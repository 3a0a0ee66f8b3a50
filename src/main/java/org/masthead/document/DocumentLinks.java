package org.masthead.document;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.link.FieldLinks;
import org.masthead.link.LinkInputs;
import org.masthead.profile.RoleValues;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PlainText;

/** The linked fields of one document: their rules come from its schema, their state from its values. */
final class DocumentLinks {
    private FieldLinks links = new FieldLinks(List.of());
    private Schema schema;

    /** Works the links out again from the article's values (open, raw header edits). */
    void infer(Article article, SiteProfile profile) {
        Optional<FrontMatter> fm = article.frontMatter();
        if (fm.isEmpty()) return; // a header that does not parse keeps the links it had
        Schema s = profile.schemaFor(fm.get().keys());
        if (!s.equals(schema)) {
            schema = s;
            links = new FieldLinks(s.links());
        }
        Set<String> present = new HashSet<>(fm.get().keys());
        links.infer(inputs(article, profile, fm.get()), present);
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
}
