package org.masthead.ui.files;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.ui.files.DiffRows.Kind;
import org.masthead.ui.files.DiffRows.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The side-by-side rows of the Compare dialog: level columns, true line numbers, text as written. */
class DiffRowsTest {

    @Test
    void sameTextsGiveSameRowsNumberedAlike() {
        List<Row> rows = DiffRows.of("a\nb", "a\nb");
        assertThat(rows).containsExactly(new Row(1, "a", 1, "a", Kind.SAME), new Row(2, "b", 2, "b", Kind.SAME));
        assertThat(DiffRows.anyDifference(rows)).isFalse();
    }

    @Test
    void aChangedLineSitsBesideItsNewVersion() {
        List<Row> rows = DiffRows.of("title\n## Old\nend", "title\n## New\nend");
        assertThat(rows)
                .containsExactly(
                        new Row(1, "title", 1, "title", Kind.SAME),
                        new Row(2, "## Old", 2, "## New", Kind.CHANGED),
                        new Row(3, "end", 3, "end", Kind.SAME));
        assertThat(DiffRows.anyDifference(rows)).isTrue();
    }

    @Test
    void linesOnlyOneSideHasLeaveTheOtherEmptyAndTheNumbersRunOn() {
        List<Row> rows = DiffRows.of("a\nonly left\nb\nc", "a\nb\nonly right\nc");
        assertThat(rows)
                .containsExactly(
                        new Row(1, "a", 1, "a", Kind.SAME),
                        new Row(2, "only left", 0, "", Kind.ONLY_LEFT),
                        new Row(3, "b", 2, "b", Kind.SAME),
                        new Row(0, "", 3, "only right", Kind.ONLY_RIGHT),
                        new Row(4, "c", 4, "c", Kind.SAME));
    }

    @Test
    void aChangeOfUnequalLengthNumbersEverySideLineOnce() {
        List<Row> rows = DiffRows.of("x\none\ntwo\nthree\ny", "x\nuno\ny");
        assertThat(rows).extracting(Row::leftLine).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).extracting(Row::rightLine).filteredOn(n -> n > 0).containsExactly(1, 2, 3);
        assertThat(rows.get(1)).isEqualTo(new Row(2, "one", 2, "uno", Kind.CHANGED));
        assertThat(rows.get(2).kind()).isEqualTo(Kind.ONLY_LEFT);
        assertThat(rows.get(3).kind()).isEqualTo(Kind.ONLY_LEFT);
    }

    @Test
    void textIsKeptAsWrittenWithoutHtmlEscapesOrMarkers() {
        List<Row> rows = DiffRows.of("<b>a</b>\tx & y", "<i>a</i>\tx & y");
        assertThat(rows).containsExactly(new Row(1, "<b>a</b>\tx & y", 1, "<i>a</i>\tx & y", Kind.CHANGED));
    }

    @Test
    void lineEndingsDoNotMakeADifference() {
        assertThat(DiffRows.anyDifference(DiffRows.of("a\r\nb\r\n", "a\nb\n"))).isFalse();
    }
}
