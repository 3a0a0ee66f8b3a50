package org.masthead.ui.editor;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.masthead.spell.Misspelt;

import static org.assertj.core.api.Assertions.assertThat;

class MovedMarksTest {
    private static final List<Misspelt> BEFORE = List.of(new Misspelt(4, 8, "sevn"), new Misspelt(13, 16, "wrd"));

    @Test
    void typingBeforeAMarkMovesItAndAfterLeavesIt() {
        // "The sevn and wrd." with "very " typed at 4, then "!" at the end.
        assertThat(MovedMarks.in("The very sevn and wrd.!", BEFORE))
                .containsExactly(new Misspelt(9, 13, "sevn"), new Misspelt(18, 21, "wrd"));
    }

    @Test
    void aMarkedWordChangedOrPartOfALongerWordLosesItsMark() {
        assertThat(MovedMarks.in("The seven and wrdx.", BEFORE)).isEmpty();
        assertThat(MovedMarks.in("The seven and wrd.", BEFORE)).containsExactly(new Misspelt(14, 17, "wrd"));
    }

    @Test
    void theOccurrenceNearestTheOldPlaceIsTaken() {
        assertThat(MovedMarks.in("sevn The sevn and wrd.", List.of(new Misspelt(4, 8, "sevn"))))
                .containsExactly(new Misspelt(0, 4, "sevn"));
        assertThat(MovedMarks.in("The  sevn sevn", List.of(new Misspelt(4, 8, "sevn"))))
                .containsExactly(new Misspelt(5, 9, "sevn"));
    }
}
