package org.masthead.article;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** The slug rules, title by title; an empty expectation means the title needs the dated fallback. */
public class SlugTableTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    /** Title and the slug it must give ("" when it gives none); the CLI tests run the same table. */
    public static Stream<Arguments> titles() {
        return Stream.of(
                arguments("Reading the Tide Tables", "reading-the-tide-tables"),
                arguments("  Reading the Tide-Tables (2025)  ", "reading-the-tide-tables-2025"),
                arguments("Crème brûlée, at last!", "creme-brulee-at-last"),
                arguments("Ça va? Très bien.", "ca-va-tres-bien"),
                arguments("Señor Muñoz's piñata", "senor-munozs-pinata"),
                arguments("Straße der Fußgänger", "strasse-der-fussganger"),
                arguments("GROẞE STRAẞE", "grosse-strasse"),
                arguments("Über die Brücke", "uber-die-brucke"),
                arguments("Æsop's Fables & Œuvres", "aesops-fables-and-oeuvres"),
                arguments("Smørrebrød in Ørsted", "smorrebrod-in-orsted"),
                arguments("Łódź i Gdańsk", "lodz-i-gdansk"),
                arguments("Đakovo and Þingvellir", "dakovo-and-thingvellir"),
                arguments("Iğdır'da bir gün", "igdirda-bir-gun"),
                arguments("İstanbul ışıkları", "istanbul-isiklari"),
                arguments("DIYARBAKIR", "diyarbakir"),
                arguments("The ﬁnal ﬂight", "the-final-flight"),
                arguments("Ｆｕｌｌ ｗｉｄｔｈ １２３", "full-width-123"),
                arguments("Don't stop", "dont-stop"),
                arguments("Don’t stop believin’", "dont-stop-believin"),
                arguments("“Quoted” and ‘single’ words", "quoted-and-single-words"),
                arguments("«Bonjour» le monde", "bonjour-le-monde"),
                arguments("Fish & Chips", "fish-and-chips"),
                arguments("R&D", "r-and-d"),
                arguments("Ｒ＆Ｄ ｄｏｎ＇ｔ", "r-and-d-dont"),
                arguments("C++ vs. C#: a comparison", "c-vs-c-a-comparison"),
                arguments("50% off — today only", "50-off-today-only"),
                arguments("2024", "2024"),
                arguments("Top 10 tips for 2025", "top-10-tips-for-2025"),
                arguments("3.14 is π", "3-14-is"),
                arguments("x² + y² = z²", "x2-y2-z2"),
                arguments("Café ☕ and croissants 🥐", "cafe-and-croissants"),
                arguments("🌊🌊🌊", ""),
                arguments("🏳️‍🌈", ""),
                arguments("東京の夜市", ""),
                arguments("北京 2008", "2008"),
                arguments("한국어 제목", ""),
                arguments("مرحبا بالعالم", ""),
                arguments("שלום עולם", ""),
                arguments("Привет, мир", ""),
                arguments("Ελληνικά", ""),
                arguments("!!!", ""),
                arguments("... --- ...", ""),
                arguments("", ""),
                arguments("   ", ""),
                arguments("tab\tand\nnewline", "tab-and-newline"),
                arguments("snake_case_title", "snake-case-title"),
                arguments("path/to/file.md", "path-to-file-md"),
                arguments("Mixed English и русский", "mixed-english"),
                arguments("Word ".repeat(40), "word-".repeat(15) + "word"),
                arguments("A " + "b".repeat(100), "a"),
                arguments("x".repeat(100), "x".repeat(80)),
                arguments(
                        "Eighty characters exactly is where the cut happens for every title that is long yes",
                        "eighty-characters-exactly-is-where-the-cut-happens-for-every-title-that-is-long"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @MethodSource("titles")
    void eachTitleGivesItsSlug(String title, String expected) {
        String slug = Slug.of(title);
        assertThat(slug).isEqualTo(expected);
        assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?").hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
        String named = Slug.orFallback(title, DAY, s -> false);
        assertThat(named).isEqualTo(expected.isEmpty() ? "2026-11-29-1" : expected);
    }

    @Test
    void theFallbackCountsUpUntilANameIsFree() {
        Set<String> taken = Set.of("2026-11-29-1", "2026-11-29-2");
        assertThat(Slug.orFallback("🌊", DAY, taken::contains)).isEqualTo("2026-11-29-3");
        // A title with a slug never takes a counter, even when its name is taken: the caller refuses that.
        assertThat(Slug.orFallback("Tides", DAY, s -> true)).isEqualTo("tides");
    }

    @Test
    void aWordLongerThanTheLimitIsCutMidWordOnlyWhenItIsTheFirst() {
        assertThat(Slug.of("ab " + "c".repeat(90))).isEqualTo("ab");
        assertThat(Slug.of("d".repeat(78) + " e")).isEqualTo("d".repeat(78) + "-e");
        assertThat(Slug.of("d".repeat(79) + " e")).isEqualTo("d".repeat(79));
    }
}
