package org.masthead.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the site panel's filter box and quick filters keep. */
class SiteFilterTest {
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static SiteEntry entry(String path, String title, int errors, Boolean draft, String body, LocalDate day) {
        long millis = day.atStartOfDay(UTC).toInstant().toEpochMilli() + 3_600_000;
        return new SiteEntry(
                Path.of(path),
                title,
                null,
                errors,
                0,
                0,
                List.of("Sea", "walks"),
                draft,
                millis,
                10,
                null,
                SiteWords.of(body));
    }

    private static SiteFilter filter(String text, boolean errors, boolean drafts, boolean today) {
        return new SiteFilter(text, errors, drafts, today, "", TODAY, UTC);
    }

    @Test
    void everyWordTypedMustBeInTheTitlePathTagsOrStartABodyWord() {
        SiteEntry e =
                entry("posts/low-water.md", "Low Water at Dawn", 0, null, "The SAND bars showed, then hid.", TODAY);
        assertThat(filter("water", false, false, false).matches(e)).isTrue();
        assertThat(filter("posts/low", false, false, false).matches(e)).isTrue();
        assertThat(filter("sea", false, false, false).matches(e)).as("a tag").isTrue();
        assertThat(filter("sand", false, false, false).matches(e))
                .as("a body word, any case")
                .isTrue();
        assertThat(filter("bar", false, false, false).matches(e))
                .as("the start of a body word")
                .isTrue();
        assertThat(filter("and", false, false, false).matches(e))
                .as("not the middle of one")
                .isFalse();
        assertThat(filter("dawn sand", false, false, false).matches(e)).isTrue();
        assertThat(filter("dawn storm", false, false, false).matches(e)).isFalse();
        assertThat(filter("   ", false, false, false).matches(e)).isTrue();
    }

    @Test
    void quickFiltersNarrowTheList() {
        SiteEntry clean = entry("a.md", "A", 0, false, "", TODAY.minusDays(3));
        SiteEntry broken = entry("b.md", "B", 2, true, "", TODAY);
        assertThat(filter("", true, false, false).matches(clean)).isFalse();
        assertThat(filter("", true, false, false).matches(broken)).isTrue();
        assertThat(filter("", false, true, false).matches(clean)).isFalse();
        assertThat(filter("", false, true, false).matches(broken)).isTrue();
        assertThat(filter("", false, false, true).matches(clean)).isFalse();
        assertThat(filter("", false, false, true).matches(broken)).isTrue();
    }

    @Test
    void aTagKeepsTheArticlesThatHaveItAndTagsAreCounted() {
        SiteEntry walks = entry("a.md", "A", 0, false, "", TODAY);
        SiteEntry other =
                new SiteEntry(Path.of("b.md"), "B", null, 0, 0, 0, List.of("Food", "food", " "), null, 0, 10, null, "");
        var byTag = new SiteFilter("", false, false, false, "WALKS", TODAY, UTC);
        assertThat(byTag.matches(walks)).as("letter case aside").isTrue();
        assertThat(byTag.matches(other)).isFalse();
        assertThat(new SiteFilter("", false, false, false, "wal", TODAY, UTC).matches(walks))
                .as("a whole tag, not a part")
                .isFalse();
        assertThat(SiteFilter.tags(List.of(walks, other, walks)))
                .as("each article once per tag, blank tags left out")
                .containsExactly(
                        java.util.Map.entry("Food", 1), java.util.Map.entry("Sea", 2), java.util.Map.entry("walks", 2));
    }

    @Test
    void bodyWordsAreDistinctAndCapped() {
        assertThat(SiteWords.of("Tide, tide; TIDE and the tide-table")).isEqualTo(" tide and the table ");
        assertThat(SiteWords.of("word".repeat(10) + " x ".repeat(100_000)).length())
                .isLessThanOrEqualTo(SiteWords.MAX_CHARS + 2);
    }
}
