package org.masthead.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.source.Lines;
import org.masthead.source.SourceException;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.ScalarType;
import org.masthead.yaml.ScalarWriter;
import org.masthead.yaml.YamlValue;

/**
 * Surgical edits of the front matter: setting a key rewrites that key's value and nothing else;
 * comments, order, blank lines, indentation and the other values keep their exact bytes. Each edit
 * returns a new {@link Article}; an unchanged value returns the same article. Every edit is read back
 * before it is returned, and refused (a {@link SourceException}) if the header would not parse or would
 * say something else than asked.
 */
public final class FrontMatterEditor {
    private final KeyPlacement placement;
    private final Map<String, ScalarType> types;

    /** @param placement where new keys go (the schema's order); see {@link KeyPlacement#atEnd()} */
    public FrontMatterEditor(KeyPlacement placement) {
        this(placement, Map.of());
    }

    /** @param types the type the schema gives each scalar key; it decides whether a value like 2024 is quoted */
    public FrontMatterEditor(KeyPlacement placement, Map<String, ScalarType> types) {
        this.placement = placement;
        this.types = Map.copyOf(types);
    }

    /** Sets a key to a text value. */
    public Article set(Article article, String key, String value) throws SourceException {
        FrontMatter fm = editable(article);
        String eol = article.lineBreak();
        YamlValue expected = new YamlValue.Scalar(value, false);
        var existing = fm.entry(key);
        if (existing.isEmpty()) {
            ScalarStyle style = ScalarEdit.choose(fm, null, value, types.get(key));
            String indent = fm.indent() + "  ";
            String written = value.isEmpty() ? "" : ScalarEdit.write(value, style, indent, indent, eol, 0);
            return checked(article, insert(article, fm, key, written), null, "set", key, expected);
        }
        FrontMatterEntry e = existing.get();
        if (e.value() instanceof YamlValue.Scalar s && s.asText().equals(value)) return article;
        ScalarStyle style = ScalarEdit.choose(fm, e, value, types.get(key));
        List<ScalarEdit.Replacement> tries = new ArrayList<>();
        tries.add(ScalarEdit.replacement(fm, e, value, style, types.get(key), eol));
        // Double quotes hold any text: the fallback if the chosen style does not read back exactly.
        if (style != ScalarStyle.DOUBLE_QUOTED)
            tries.add(ScalarEdit.replacement(fm, e, value, ScalarStyle.DOUBLE_QUOTED, types.get(key), eol));
        return firstAccepted(article, fm, e, key, expected, tries);
    }

    /**
     * The first edit that reads back as asked; a tab after a value is made a space where only that stands in the way.
     */
    private static Article firstAccepted(
            Article article,
            FrontMatter fm,
            FrontMatterEntry e,
            String key,
            YamlValue expected,
            List<ScalarEdit.Replacement> tries)
            throws SourceException {
        SourceException first = null;
        for (ScalarEdit.Replacement r : tries) {
            for (ScalarEdit.Replacement attempt : withoutTabAfter(fm.header(), r)) {
                try {
                    return checked(article, replace(article, attempt), e, "set", key, expected);
                } catch (SourceException refused) {
                    if (first == null) first = refused;
                }
            }
        }
        throw first;
    }

    /**
     * The replacement, then (if tabs follow it on its line) the same with them gone: YAML allows no tab after quotes or
     * ].
     */
    private static List<ScalarEdit.Replacement> withoutTabAfter(String header, ScalarEdit.Replacement r) {
        int end = Lines.lineEnd(header, r.to());
        String rest = header.substring(r.to(), end);
        int blanks = rest.length() - rest.stripLeading().length();
        if (rest.substring(0, blanks).indexOf('\t') < 0) return List.of(r);
        String space = blanks < rest.length() ? " " : ""; // before a comment
        return List.of(r, new ScalarEdit.Replacement(r.from(), r.to() + blanks, r.text() + space));
    }

    /** Sets a key to a list of texts (a tag list), keeping the list's flow or block layout. */
    public Article setList(Article article, String key, List<String> items) throws SourceException {
        FrontMatter fm = editable(article);
        var existing = fm.entry(key);
        if (existing.isPresent()
                && existing.get().value() instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)
                && seq.texts().equals(items)) {
            return article;
        }
        List<YamlValue> expectedItems = new ArrayList<>();
        for (String i : items) expectedItems.add(new YamlValue.Scalar(i, false));
        YamlValue expected = new YamlValue.Sequence(expectedItems);
        if (existing.isEmpty()) {
            return checked(
                    article,
                    insert(article, fm, key, flowList(items, fm.dominantStyle(), Map.of())),
                    null,
                    "set",
                    key,
                    expected);
        }
        FrontMatterEntry e = existing.get();
        List<ScalarEdit.Replacement> tries = new ArrayList<>();
        ScalarEdit.Replacement itemByItem = ListEdit.of(fm.header(), e, items, article.lineBreak(), fm.dominantStyle());
        if (itemByItem != null) tries.add(itemByItem);
        // An odd list (an empty item, say) that cannot be edited item by item may still be written whole.
        tries.add(wholeList(fm, e, items, article.lineBreak()));
        return firstAccepted(article, fm, e, key, expected, tries);
    }

    /** The whole list written anew (items that stay keep their quoting): for lists not edited item by item. */
    private static ScalarEdit.Replacement wholeList(
            FrontMatter fm, FrontMatterEntry e, List<String> items, String eol) {
        Map<String, String> kept = keptItems(e);
        if (e.value() instanceof YamlValue.Sequence && !e.flow() && !e.alias() && !items.isEmpty()) {
            return new ScalarEdit.Replacement(
                    e.valueStart(), e.valueEnd(), blockList(items, e.blockIndent(), eol, fm.dominantStyle(), kept));
        }
        if (e.style() == null && !e.flow() && !e.alias()) {
            return ScalarEdit.onKeyLine(
                    fm.header(), e, flowList(items, fm.dominantStyle(), kept)); // [] replacing a block list or map
        }
        String written = (e.isEmptyValue() ? " " : "") + flowList(items, fm.dominantStyle(), kept);
        return new ScalarEdit.Replacement(e.valueStart(), e.valueEnd(), written);
    }

    /**
     * Sets a key from one line of text, as typed in a form or on the command line: a list key (one
     * the schema declares a list, or already a list in the file) takes comma-separated items. Text
     * equal to the key's current value changes nothing, whatever the schema says the key should be.
     */
    public Article setText(Article article, String key, String text, boolean listField) throws SourceException {
        Optional<YamlValue> current = editable(article).value(key);
        if (current.isPresent()
                && !(current.get() instanceof YamlValue.Mapping)
                && current.get().asText().equals(text)) {
            return article;
        }
        boolean list =
                listField || current.map(v -> v instanceof YamlValue.Sequence).orElse(false);
        return list ? setList(article, key, splitItems(text)) : set(article, key, text);
    }

    /** "a, b ,c" → [a, b, c]; blank items are dropped. */
    static List<String> splitItems(String text) {
        if (text.isBlank()) return List.of();
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Removes a key and its value's lines; a missing key changes nothing. */
    public Article remove(Article article, String key) throws SourceException {
        FrontMatter fm = editable(article);
        var existing = fm.entry(key);
        if (existing.isEmpty()) return article;
        FrontMatterEntry e = existing.get();
        return checked(
                article,
                replace(article, new ScalarEdit.Replacement(e.entryStart(), e.entryEnd(), "")),
                e,
                "remove",
                key,
                null);
    }

    /** The front matter, unless the file opens with a header Masthead cannot read (an edit would add a second one). */
    private static FrontMatter editable(Article article) throws SourceException {
        FrontMatter fm = article.requireFrontMatter();
        if (!article.hasFrontMatterBlock()) {
            var problem = HeaderOpening.of(article.text());
            if (problem.isPresent()) {
                HeaderOpening.Problem p = problem.get();
                throw new SourceException(
                        article.path(),
                        p.line(),
                        p.column(),
                        p.message() + "; the file is left as it is (an edit would add a second header above)");
            }
        }
        return fm;
    }

    private static Article checked(
            Article before, Article after, FrontMatterEntry at, String verb, String key, YamlValue expected)
            throws SourceException {
        Optional<String> problem = EditVerifier.problem(before, after, key, expected);
        if (problem.isPresent()) throw EditVerifier.refusal(before, at, verb, key, problem.get());
        return after;
    }

    private Article insert(Article article, FrontMatter fm, String key, String writtenValue) {
        String eol = article.lineBreak();
        // Empty text makes an empty value (`key:`), which a later value fills in the header's style.
        String line =
                fm.indent() + ScalarWriter.writeKey(key) + (writtenValue.isEmpty() ? ":" : ": " + writtenValue) + eol;
        if (!article.hasFrontMatterBlock()) {
            return article.withText("---" + eol + line + "---" + eol + article.text());
        }
        int at = placement.insertionPoint(fm, key);
        String header = fm.header();
        // A last line without a break can only happen in a header that ends the file oddly; add one.
        String prefix = at > 0 && at == header.length() && !header.endsWith("\n") && !header.endsWith("\r") ? eol : "";
        return replace(article, new ScalarEdit.Replacement(at, at, prefix + line));
    }

    private static Article replace(Article article, ScalarEdit.Replacement r) {
        int base = article.span().orElseThrow().headerStart();
        String text = article.text();
        return article.withText(text.substring(0, base + r.from()) + r.text() + text.substring(base + r.to()));
    }

    /** Items of the old list by value, as they were written: unchanged items keep their quoting. */
    private static Map<String, String> keptItems(FrontMatterEntry e) {
        Map<String, String> kept = new HashMap<>();
        if (e.value() instanceof YamlValue.Sequence seq
                && seq.items().size() == e.items().size()) {
            List<String> texts = seq.texts();
            for (int i = 0; i < texts.size(); i++)
                kept.putIfAbsent(texts.get(i), e.items().get(i).source());
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

    private static String blockList(
            List<String> items, String indent, String eol, ScalarStyle style, Map<String, String> kept) {
        StringBuilder sb = new StringBuilder();
        for (String item : items) {
            if (sb.length() > 0) sb.append(eol).append(indent);
            String written =
                    kept.containsKey(item) ? kept.get(item) : ScalarWriter.write(item, style, null, indent + "  ", eol);
            sb.append("- ").append(written);
        }
        return sb.toString();
    }
}
