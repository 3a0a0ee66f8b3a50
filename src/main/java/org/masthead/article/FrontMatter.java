package org.masthead.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.ScalarWriter;
import org.masthead.yaml.YamlValue;

/**
 * A parsed front matter: its top-level keys in document order, with positions, over the exact header
 * text they came from. Immutable; edits produce new article text that is parsed again.
 */
public final class FrontMatter {
    private final String header;
    private final List<FrontMatterEntry> entries;
    private final String indent;

    FrontMatter(String header, List<FrontMatterEntry> entries, String indent) {
        this.header = header;
        this.entries = Collections.unmodifiableList(new ArrayList<>(entries));
        this.indent = indent;
    }

    /** The YAML text between the delimiters, exactly as in the file. */
    public String header() {
        return header;
    }

    public List<FrontMatterEntry> entries() {
        return entries;
    }

    /** The indentation of the top-level keys (the reference site uses two spaces). */
    public String indent() {
        return indent;
    }

    public Optional<FrontMatterEntry> entry(String key) {
        for (FrontMatterEntry e : entries) if (e.key().equals(key)) return Optional.of(e);
        return Optional.empty();
    }

    public Optional<YamlValue> value(String key) {
        return entry(key).map(FrontMatterEntry::value);
    }

    /** The value as text, empty when the key is missing or null. */
    public String text(String key) {
        return value(key).map(YamlValue::asText).orElse("");
    }

    public boolean has(String key) {
        return entry(key).isPresent();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (FrontMatterEntry e : entries) keys.add(e.key());
        return keys;
    }

    /**
     * The scalar style most values use; new keys are written in it. Double quotes when unsure. Values
     * whose quotes their text needs (it could not be plain) do not count: they show no preference.
     */
    public ScalarStyle dominantStyle() {
        return preferredStyle().orElse(ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * Whether some value other than {@code exceptKey}'s is written in this style by choice (its text would not need
     * it).
     */
    public boolean usesByChoice(ScalarStyle style, String exceptKey) {
        for (FrontMatterEntry e : entries) {
            if (e.style() == style && !e.key().equals(exceptKey) && isChoice(e)) return true;
        }
        return false;
    }

    /** The style most values were written in by choice; empty when no value shows a preference. */
    public Optional<ScalarStyle> preferredStyle() {
        return mostChosen(choices());
    }

    private Map<ScalarStyle, Integer> choices() {
        Map<ScalarStyle, Integer> counts = new EnumMap<>(ScalarStyle.class);
        for (FrontMatterEntry e : entries) {
            if (isChoice(e)) counts.merge(e.style(), 1, Integer::sum);
        }
        return counts;
    }

    /** A flow scalar whose style its text does not need. */
    private static boolean isChoice(FrontMatterEntry e) {
        if (e.style() == null || e.style().isBlock() || e.isEmptyValue() || e.alias()) return false;
        return e.style() == ScalarStyle.PLAIN
                || ScalarWriter.canBePlainSyntax(((YamlValue.Scalar) e.value()).text(), false);
    }

    private Optional<ScalarStyle> mostChosen(Map<ScalarStyle, Integer> counts) {
        ScalarStyle best = null;
        int bestCount = 0;
        for (Map.Entry<ScalarStyle, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        return Optional.ofNullable(best);
    }
}
