package org.masthead.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.masthead.source.SourceException;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.ScalarWriter;
import org.masthead.yaml.YamlValue;

/**
 * Surgical edits of the front matter: setting a key rewrites that key's value and nothing else;
 * comments, order, blank lines, indentation and the other values keep their exact bytes. Each edit
 * returns a new {@link Article}; an unchanged value returns the same article.
 */
public final class FrontMatterEditor {
    private final KeyPlacement placement;

    /** @param placement where new keys go (the schema's order); see {@link KeyPlacement#atEnd()} */
    public FrontMatterEditor(KeyPlacement placement) {
        this.placement = placement;
    }

    /** Sets a key to a text value. */
    public Article set(Article article, String key, String value) throws SourceException {
        FrontMatter fm = article.requireFrontMatter();
        var existing = fm.entry(key);
        if (existing.isEmpty()) {
            String written = newScalar(value, fm, fm.indent() + "  ", article.lineBreak());
            return insert(article, fm, key, written);
        }
        FrontMatterEntry e = existing.get();
        if (e.value() instanceof YamlValue.Scalar s && !s.isNull() && s.text().equals(value)) return article;
        String written;
        if (e.isEmptyValue()) {
            written = " " + newScalar(value, fm, fm.indent() + "  ", article.lineBreak());
        } else if (e.style() != null) {
            String indent = e.blockIndent().isEmpty() ? fm.indent() + "  " : e.blockIndent();
            written = ScalarWriter.write(value, e.style(), e.tag(), indent, article.lineBreak(), e.keepChomp());
        } else {
            written = newScalar(value, fm, fm.indent() + "  ", article.lineBreak());
        }
        return replace(article, e.valueStart(), e.valueEnd(), written);
    }

    /** Sets a key to a list of texts (a tag list), keeping the list's flow or block layout. */
    public Article setList(Article article, String key, List<String> items) throws SourceException {
        FrontMatter fm = article.requireFrontMatter();
        var existing = fm.entry(key);
        if (existing.isPresent() && existing.get().value() instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)
                && seq.texts().equals(items)) {
            return article;
        }
        if (existing.isEmpty()) return insert(article, fm, key, flowList(items, fm.dominantStyle(), Map.of()));
        FrontMatterEntry e = existing.get();
        Map<String, String> kept = keptItems(e);
        String written;
        if (e.value() instanceof YamlValue.Sequence && !e.flow() && !items.isEmpty()) {
            written = blockList(items, e.blockIndent(), article.lineBreak(), fm.dominantStyle(), kept);
        } else {
            written = (e.isEmptyValue() ? " " : "") + flowList(items, fm.dominantStyle(), kept);
        }
        return replace(article, e.valueStart(), e.valueEnd(), written);
    }

    /**
     * Sets a key from one line of text, as typed in a form or on the command line: a list key (one
     * the schema declares a list, or already a list in the file) takes comma-separated items.
     */
    public Article setText(Article article, String key, String text, boolean listField) throws SourceException {
        boolean list = listField || article.requireFrontMatter().value(key).map(v -> v instanceof YamlValue.Sequence).orElse(false);
        return list ? setList(article, key, splitItems(text)) : set(article, key, text);
    }

    /** "a, b ,c" → [a, b, c]; blank items are dropped. */
    static List<String> splitItems(String text) {
        if (text.isBlank()) return List.of();
        return java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Removes a key and its value's lines; a missing key changes nothing. */
    public Article remove(Article article, String key) throws SourceException {
        FrontMatter fm = article.requireFrontMatter();
        var existing = fm.entry(key);
        if (existing.isEmpty()) return article;
        FrontMatterEntry e = existing.get();
        return replace(article, e.entryStart(), e.entryEnd(), "");
    }

    private Article insert(Article article, FrontMatter fm, String key, String writtenValue) {
        String eol = article.lineBreak();
        String line = fm.indent() + ScalarWriter.writeKey(key) + ": " + writtenValue + eol;
        if (!article.hasFrontMatterBlock()) {
            return article.withText("---" + eol + line + "---" + eol + article.text());
        }
        int at = placement.insertionPoint(fm, key);
        String header = fm.header();
        // A last line without a break can only happen in a header that ends the file oddly; add one.
        String prefix = at > 0 && at == header.length() && !header.endsWith("\n") && !header.endsWith("\r") ? eol : "";
        return replace(article, at, at, prefix + line);
    }

    private static Article replace(Article article, int headerFrom, int headerTo, String with) {
        int base = article.span().orElseThrow().headerStart();
        String text = article.text();
        return article.withText(text.substring(0, base + headerFrom) + with + text.substring(base + headerTo));
    }

    private static String newScalar(String value, FrontMatter fm, String blockIndent, String eol) {
        boolean multiLine = value.indexOf('\n') >= 0;
        ScalarStyle style = multiLine ? ScalarStyle.LITERAL : fm.dominantStyle();
        return ScalarWriter.write(value, style, null, blockIndent, eol);
    }

    /** Items of the old list by value, as they were written: unchanged items keep their quoting. */
    private static Map<String, String> keptItems(FrontMatterEntry e) {
        Map<String, String> kept = new HashMap<>();
        if (e.value() instanceof YamlValue.Sequence seq && seq.items().size() == e.itemSources().size()) {
            List<String> texts = seq.texts();
            for (int i = 0; i < texts.size(); i++) kept.putIfAbsent(texts.get(i), e.itemSources().get(i));
        }
        return kept;
    }

    private static String flowList(List<String> items, ScalarStyle style, Map<String, String> kept) {
        List<String> parts = new ArrayList<>();
        for (String item : items) {
            String old = kept.get(item);
            parts.add(old != null && fitsInFlow(old) ? old : ScalarWriter.writeFlowItem(item, style));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** A quoted item fits anywhere; a plain one from a block list may hold a comma that [ ] cannot. */
    private static boolean fitsInFlow(String source) {
        boolean quoted = source.startsWith("\"") || source.startsWith("'");
        return quoted || source.chars().noneMatch(c -> ",[]{}".indexOf(c) >= 0);
    }

    private static String blockList(List<String> items, String indent, String eol, ScalarStyle style,
                                    Map<String, String> kept) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) sb.append(eol).append(indent);
            String written = kept.containsKey(item) ? kept.get(item) : ScalarWriter.write(item, style, null, indent + "  ", eol);
            sb.append("- ").append(written);
        }
        return sb.toString();
    }
}
