package org.masthead.cards;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextCutTest {

    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) sb.append(sb.length() % 6 == 5 ? ' ' : 'a');
        return sb.substring(0, n);
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    @ParameterizedTest
    @ValueSource(ints = {70, 200, 256, 350, 150})
    void textAtTheLimitIsKeptAndOneMoreIsCutToTheLimit(int limit) {
        String at = letters(limit - 1) + "b";
        assertThat(TextCut.toChars(at, limit)).isEqualTo(at);
        assertThat(TextCut.toChars(letters(limit - 1), limit))
                .isEqualTo(letters(limit - 1).strip());
        String over = at + "c";
        String cut = TextCut.toChars(over, limit);
        assertThat(cut).endsWith("…");
        assertThat(length(cut)).isLessThanOrEqualTo(limit);
        assertThat(cut.substring(0, cut.length() - 1))
                .as("cut at a word boundary")
                .doesNotEndWith(" ")
                .matches(".*\\ba$|.*a$");
        assertThat(over).startsWith(cut.substring(0, cut.length() - 1));
    }

    @Test
    void cutsBackToTheLastWholeWord() {
        String text = "Reading the tide tables before a walk along the estuary mudflats";
        String cut = TextCut.toChars(text, 30);
        assertThat(cut).as("\"before…\" would be 31").isEqualTo("Reading the tide tables…");
        assertThat(TextCut.toChars(text, 31)).isEqualTo("Reading the tide tables before…");
        assertThat(TextCut.toChars("Reading the tide tables, then a walk", 25)).isEqualTo("Reading the tide tables…");
        assertThat(TextCut.toChars("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali…");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String emoji = "🌊".repeat(70);
        assertThat(TextCut.toChars(emoji, 70)).isEqualTo(emoji);
        assertThat(length(TextCut.toChars(emoji + "🌊", 70))).isEqualTo(70);
    }

    @Test
    void widthsAreArialsAdvanceWidths() {
        assertThat(TextWidth.units("Hi")).isEqualTo(722 + 222);
        assertThat(TextWidth.pixels("iiii", 20)).isEqualTo(4 * 222 * 20 / 1000.0);
        assertThat(TextWidth.units("é")).isEqualTo(TextWidth.units("e"));
        assertThat(TextWidth.units("東")).isEqualTo(1000);
        assertThat(TextWidth.units("WWW")).isGreaterThan(TextWidth.units("iii") * 4);
    }

    @Test
    void googlesTitleIsCutByPixelsNotCharacters() {
        // 60 narrow letters fit in 600 px at 20 px; 60 wide ones do not.
        String narrow = ("ill ".repeat(15)).strip();
        assertThat(TextWidth.pixels(narrow, 20)).isLessThan(600);
        assertThat(TextCut.toWidth(narrow, 600, 20)).isEqualTo(narrow);
        String wide = ("WMW ".repeat(15)).strip();
        String cut = TextCut.toWidth(wide, 600, 20);
        assertThat(cut).endsWith("…").startsWith("WMW WMW");
        assertThat(TextWidth.pixels(cut, 20)).isLessThanOrEqualTo(600);
        assertThat(cut.length()).isLessThan(narrow.length());
        // The next word would not have fitted.
        String withNext = cut.substring(0, cut.length() - 1) + " WMW…";
        assertThat(TextWidth.pixels(withNext, 20)).isGreaterThan(600);
    }

    @Test
    void aTitleExactlyAtTheWidthIsKeptAndOnePixelMoreIsCut() {
        String title = "Notes from a winter of baking bread at home, and more";
        double w = TextWidth.pixels(title, 20);
        assertThat(TextCut.toWidth(title, w, 20)).isEqualTo(title);
        assertThat(TextCut.toWidth(title, w - 1, 20)).isEqualTo("Notes from a winter of baking bread at home, and…");
    }
}
