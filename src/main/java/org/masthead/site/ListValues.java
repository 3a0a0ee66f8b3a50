package org.masthead.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEntry;
import org.masthead.profile.FieldType;
import org.masthead.profile.Schema;
import org.masthead.source.LineIndex;
import org.masthead.yaml.YamlValue;

/**
 * The values of an article's list fields (tags, categories, authors…): a field whose schema type
 * is a list, or whose value is a YAML sequence. A list-typed field written as one string is read
 * as comma-separated values, as the checks read it. Blank values are left out.
 */
public final class ListValues {
    private ListValues() {}

    /** One value of a list field and where it is written in the file (1-based line and column). */
    public record Placed(String key, String value, int line, int column) {}

    /** Each list field's distinct values in the order written, by key in header order. */
    public static Map<String, List<String>> of(FrontMatter fm, Schema schema) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        for (Placed p : placed(fm, schema))
            seen.computeIfAbsent(p.key(), k -> new LinkedHashSet<>()).add(p.value());
        Map<String, List<String>> out = new LinkedHashMap<>();
        seen.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** Every value of every list field with its position, in header order. */
    public static List<Placed> placed(FrontMatter fm, Schema schema) {
        List<Placed> out = new ArrayList<>();
        LineIndex lines = null;
        for (FrontMatterEntry e : fm.entries()) {
            boolean listType =
                    schema.field(e.key()).map(f -> f.type() == FieldType.LIST).orElse(false);
            if (e.value() instanceof YamlValue.Sequence seq) {
                // One index of the header's lines for all lists, so a long list is not rescanned per item.
                if (lines == null) lines = new LineIndex(fm.header());
                sequence(fm.header(), lines, e, seq, out);
            } else if (listType && e.value() instanceof YamlValue.Scalar s && !s.isNull()) {
                for (String v : s.text().split(",")) {
                    if (!v.isBlank()) out.add(new Placed(e.key(), v.strip(), e.valueLine(), e.valueColumn()));
                }
            }
        }
        return out;
    }

    private static void sequence(
            String header, LineIndex lines, FrontMatterEntry e, YamlValue.Sequence seq, List<Placed> out) {
        // Items are placed only when the parser kept each one's position (a list of plain scalars without aliases).
        boolean placedItems = e.items().size() == seq.items().size();
        int valueLine = lines.lineOf(e.valueStart());
        for (int i = 0; i < seq.items().size(); i++) {
            if (!(seq.items().get(i) instanceof YamlValue.Scalar s)
                    || s.isNull()
                    || s.text().isBlank()) continue;
            int line = e.valueLine(), column = e.valueColumn();
            if (placedItems) {
                int start = e.items().get(i).start();
                int headerLine = lines.lineOf(start);
                line = e.valueLine() + headerLine - valueLine;
                column = Character.codePointCount(header, lines.startOf(headerLine), start) + 1;
            }
            out.add(new Placed(e.key(), s.text().strip(), line, column));
        }
    }
}
