package org.masthead.ui.editor;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindMatchesTest {

    @Test
    void countsMatchesAndSaysWhichOneIsSelected() {
        FindMatches m = FindMatches.of(Pattern.compile("ab"), "ab cab ab");
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.describe(0, 0)).isEqualTo("3 matches");
        assertThat(m.describe(4, 6)).isEqualTo("2 of 3");
        // A selection that only starts where a match starts is not on it.
        assertThat(m.describe(4, 5)).isEqualTo("3 matches");
        assertThat(FindMatches.of(Pattern.compile("c"), "abc").describe(0, 0)).isEqualTo("1 match");
        assertThat(FindMatches.of(Pattern.compile("x"), "abc").describe(0, 0)).isEqualTo("No matches");
    }

    @Test
    void skipsEmptyMatchesAndStopsCountingAtTheCap() {
        assertThat(FindMatches.of(Pattern.compile("a*"), "baab").count()).isEqualTo(1);
        FindMatches many = FindMatches.of(Pattern.compile("a"), "a".repeat(FindMatches.CAP + 5));
        assertThat(many.count()).isEqualTo(FindMatches.CAP);
        assertThat(many.describe(1, 1)).isEqualTo(FindMatches.CAP + "+ matches");
    }
}
