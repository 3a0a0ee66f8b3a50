package org.masthead.article;

import java.util.List;

import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.YamlValue;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One top-level key of the front matter with where it stands in the header text, so an edit can
 * replace exactly its value and nothing else. Offsets are char indexes into the header text; lines
 * and columns are 1-based and count in the whole file.
 *
 * @param entryStart  start of the key's line
 * @param entryEnd    just after the line break of the value's last line
 * @param valueStart  first char of the value, after an anchor or tag (for an empty value: just after the
 *                    colon; for an anchored block list or map: its first item or key)
 * @param valueEnd    end of the value's own text (trailing comments and blank lines excluded)
 * @param style       scalar style, or null for a list or map
 * @param flow        true for a {@code [a, b]} / {@code {a: b}} collection
 * @param blockIndent indentation of a block scalar's lines or of a block list's dashes
 * @param keepChomp   a block scalar written with {@code +}: its trailing blank lines belong to it
 * @param alias       the value is an alias ({@code *name}) of a value written elsewhere
 * @param items       for a list of scalars, each item as written (quotes and anchor included) and
 *                    where, so an edit of the list keeps the items it did not change exactly as they were
 */
public record FrontMatterEntry(
        String key,
        YamlValue value,
        int keyLine,
        int keyColumn,
        int valueLine,
        int valueColumn,
        int entryStart,
        int entryEnd,
        int valueStart,
        int valueEnd,
        ScalarStyle style,
        Tag tag,
        boolean flow,
        String blockIndent,
        boolean keepChomp,
        boolean alias,
        List<ListItem> items) {

    public FrontMatterEntry {
        items = List.copyOf(items);
    }

    /** One item of a list as written: {@code source} is the header text from {@code start} to {@code end}. */
    public record ListItem(String source, int start, int end) {}

    /** A key written without any value ({@code key:}). */
    public boolean isEmptyValue() {
        return valueStart == valueEnd && value instanceof YamlValue.Scalar s && s.isNull();
    }
}
