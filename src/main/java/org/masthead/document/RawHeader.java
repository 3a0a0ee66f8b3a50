package org.masthead.document;

import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.article.FrontMatterSpan;
import org.masthead.profile.Schema;

/** The text of an article whose raw YAML header the writer replaced (it need not parse). */
final class RawHeader {
    private RawHeader() {}

    /** The new text; empty when nothing changes. A header is added above the body when there was none. */
    static Optional<String> replaced(Article article, String yaml) {
        String text = article.text();
        var span = article.span();
        if (span.isPresent()) {
            FrontMatterSpan s = span.get();
            if (text.substring(s.headerStart(), s.headerEnd()).equals(yaml)) return Optional.empty();
            return Optional.of(text.substring(0, s.headerStart()) + yaml + text.substring(s.headerEnd()));
        }
        if (yaml.isEmpty()) return Optional.empty();
        String eol = article.lineBreak();
        String header = yaml.endsWith("\n") || yaml.endsWith("\r") ? yaml : yaml + eol;
        return Optional.of("---" + eol + header + "---" + eol + text);
    }

    /** A new article's text: the schema's keys, empty, and an empty body. */
    static String empty(Schema schema) {
        StringBuilder sb = new StringBuilder("---\n");
        for (String key : schema.keys()) sb.append(key).append(":\n");
        return sb.append("---\n\n").toString();
    }
}
