package org.masthead.ui.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Two versions of a text as rows side by side: each row holds a line of the left version, of the
 * right one, or of both, with its line numbers, and whether it differs. A line only one side has
 * leaves the other side's cell empty (number 0), so the two columns stay level.
 */
public final class DiffRows {
    /** What a row shows: a line both have alike, a line changed between them, or a line one side lacks. */
    public enum Kind {
        SAME,
        CHANGED,
        ONLY_LEFT,
        ONLY_RIGHT
    }

    /** One row; a line number of 0 means that side has no line here. */
    public record Row(int leftLine, String left, int rightLine, String right, Kind kind) {}

    // The text as written: no HTML escaping, tabs kept, no markers around changed words.
    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(false)
            .lineNormalizer(line -> line)
            .reportLinesUnchanged(true)
            .build();

    private DiffRows() {}

    public static List<Row> of(String left, String right) {
        List<Row> rows = new ArrayList<>();
        int l = 0, r = 0;
        for (DiffRow d : GENERATOR.generateDiffRows(lines(left), lines(right))) {
            switch (d.getTag()) {
                case EQUAL -> rows.add(new Row(++l, d.getOldLine(), ++r, d.getNewLine(), Kind.SAME));
                case CHANGE -> rows.add(new Row(++l, d.getOldLine(), ++r, d.getNewLine(), Kind.CHANGED));
                case DELETE -> rows.add(new Row(++l, d.getOldLine(), 0, "", Kind.ONLY_LEFT));
                case INSERT -> rows.add(new Row(0, "", ++r, d.getNewLine(), Kind.ONLY_RIGHT));
            }
        }
        return rows;
    }

    /** Whether the two versions differ at all. */
    public static boolean anyDifference(List<Row> rows) {
        return rows.stream().anyMatch(row -> row.kind() != Kind.SAME);
    }

    private static List<String> lines(String s) {
        return Arrays.asList(s.split("\r\n|\r|\n", -1));
    }
}
