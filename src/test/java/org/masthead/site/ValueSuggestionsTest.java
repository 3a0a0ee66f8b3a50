package org.masthead.site;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions as the writer types in a list field: the site's values, best first. */
class ValueSuggestionsTest {
    private static List<String> names(List<ValueCount> found) {
        return found.stream().map(ValueCount::value).toList();
    }

    @Test
    void prefixOfTheValueThenOfAWordThenContainsEachByCountThenAlphabet() {
        ValueSuggestions s = new ValueSuggestions(Map.of(
                "Java", 3,
                "JavaScript", 14,
                "javelin", 3,
                "Learning Java", 20,
                "night-java", 1,
                "Kava", 50,
                "lava", 2));
        assertThat(names(s.suggest("jav", List.of(), 10)))
                .containsExactly("JavaScript", "Java", "javelin", "Learning Java", "night-java");
        assertThat(names(s.suggest("ava", List.of(), 10)))
                .as("contains only, by count then alphabet")
                .containsExactly("Kava", "Learning Java", "JavaScript", "Java", "lava", "night-java");
        assertThat(s.suggest("JAV", List.of(), 10)).isEqualTo(s.suggest("jav", List.of(), 10));
        assertThat(s.suggest("jav", List.of(), 1)).containsExactly(new ValueCount("JavaScript", 14));
    }

    @Test
    void valuesAlreadyInTheFieldAreLeftOutLetterCaseAside() {
        ValueSuggestions s = new ValueSuggestions(Map.of("harbour", 5, "harbour walls", 2, "tides", 9));
        assertThat(names(s.suggest("har", List.of("Harbour"), 10))).containsExactly("harbour walls");
        assertThat(names(s.suggest("", List.of("tides"), 10)))
                .as("nothing typed: the most used values")
                .containsExactly("harbour", "harbour walls");
        assertThat(s.suggest("zz", List.of(), 10)).isEmpty();
    }

    @Test
    void aSpellingThatDiffersOnlyInLetterCaseIsOfferedAsTheUsualOne() {
        ValueSuggestions s = new ValueSuggestions(Map.of("JavaScript", 14, "javascript", 2, "Javascript", 1));
        assertThat(s.suggest("java", List.of(), 10)).containsExactly(new ValueCount("JavaScript", 14));
    }

    @Test
    void siteValuesCountEachArticleOnceAndOfferTheFieldsOwnValues() {
        SiteValues site = new SiteValues.Builder()
                .add(Map.of("tags", List.of("tides", "coast"), "authors", List.of("Ann Lee")))
                .add(Map.of("tags", List.of("tides", "tides", " ")))
                .add(Map.of("categories", List.of("coast")))
                .build();
        assertThat(site.keys()).containsExactlyInAnyOrder("tags", "authors", "categories");
        assertThat(site.counts("tags")).containsExactly(new ValueCount("tides", 2), new ValueCount("coast", 1));
        assertThat(site.count("categories", "coast")).isEqualTo(1);
        assertThat(site.suggest("authors", "lee", List.of(), 5)).containsExactly(new ValueCount("Ann Lee", 1));
        assertThat(site.suggest("tags", "a", List.of(), 5)).as("tags only").containsExactly(new ValueCount("coast", 1));
        assertThat(site.counts("nothing")).isEmpty();
    }
}
