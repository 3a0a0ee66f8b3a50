package org.masthead.site;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Another spelling of a value the site uses more often is caught, in both directions, and only then. */
class NearDuplicatesTest {
    private static Optional<String> usual(Map<String, Integer> counts, String value) {
        return new NearDuplicates(counts).of(value).map(NearDuplicate::usual);
    }

    @Test
    void theLessUsedSpellingGetsTheMoreUsedOneAndNotTheOtherWayRound() {
        Map<String, Integer> site = Map.of("JavaScript", 14, "Javascript", 2);
        NearDuplicate d = new NearDuplicates(site).of("Javascript").orElseThrow();
        assertThat(d)
                .isEqualTo(new NearDuplicate("Javascript", 2, "JavaScript", 14, NearDuplicate.Kind.CASE_OR_SEPARATORS));
        assertThat(d.message()).contains("\"Javascript\"", "\"JavaScript\"", "14 articles");
        assertThat(usual(site, "JavaScript")).isEmpty();
        assertThat(usual(site, "javascript")).as("a value no article uses yet").contains("JavaScript");
    }

    @Test
    void equalCountsGiveNoTip() {
        assertThat(usual(Map.of("JavaScript", 3, "Javascript", 3), "Javascript"))
                .isEmpty();
        assertThat(usual(Map.of("JavaScript", 3, "Javascript", 3), "JavaScript"))
                .isEmpty();
    }

    @Test
    void twoOtherSpellingsUsedEquallyOftenGiveNoTip() {
        Map<String, Integer> site = Map.of("JavaScript", 5, "Java-Script", 5, "javascript", 1);
        assertThat(usual(site, "javascript")).isEmpty();
        assertThat(usual(Map.of("tide", 5), "tides"))
                .as("one spelling found as a plural and as a typo is not a tie with itself")
                .contains("tide");
        assertThat(new NearDuplicates(Map.of("tide", 5))
                        .of("tides")
                        .orElseThrow()
                        .kind())
                .isEqualTo(NearDuplicate.Kind.PLURAL);
    }

    @Test
    void spacesHyphensAndUnderscoresReadAlike() {
        Map<String, Integer> site = Map.of("night-markets", 6, "night markets", 1, "Night_Markets", 1);
        assertThat(usual(site, "night markets")).contains("night-markets");
        assertThat(usual(site, "Night_Markets")).contains("night-markets");
        assertThat(usual(site, "night-markets")).isEmpty();
    }

    @Test
    void singularAndPluralBothWays() {
        assertThat(usual(Map.of("recipes", 9, "recipe", 1), "recipe")).contains("recipes");
        assertThat(usual(Map.of("recipes", 1, "recipe", 9), "recipes")).contains("recipe");
        assertThat(usual(Map.of("boxes", 4), "box")).contains("boxes");
        assertThat(usual(Map.of("box", 4), "Boxes")).contains("box");
        assertThat(usual(Map.of("categories", 4), "category")).contains("categories");
        assertThat(usual(Map.of("category", 4), "categories")).contains("category");
        assertThat(usual(Map.of("night markets", 4), "Night Market")).contains("night markets");
        assertThat(new NearDuplicates(Map.of("recipes", 9))
                        .of("recipe")
                        .orElseThrow()
                        .kind())
                .isEqualTo(NearDuplicate.Kind.PLURAL);
        assertThat(usual(Map.of("games", 4), "gam")).as("not a plural: gam+es").isEmpty();
        assertThat(usual(Map.of("boy", 4), "boies"))
                .as("y→ies only after a consonant")
                .isEmpty();
    }

    @Test
    void oneTypoAwayForValuesOfFourLettersOrMore() {
        assertThat(usual(Map.of("photography", 8), "photograpy")).as("dropped").contains("photography");
        assertThat(usual(Map.of("photography", 8), "photographyy")).as("added").contains("photography");
        assertThat(usual(Map.of("photography", 8), "photogrephy")).as("changed").contains("photography");
        assertThat(usual(Map.of("photography", 8), "photogarphy")).as("swapped").contains("photography");
        assertThat(usual(Map.of("photogrpahy", 1, "photography", 8), "photography"))
                .as("the more used is not told")
                .isEmpty();
        assertThat(usual(Map.of("Photography", 8), "photograpy"))
                .as("case and a typo")
                .contains("Photography");
        assertThat(new NearDuplicates(Map.of("tides", 8))
                        .of("tidse")
                        .orElseThrow()
                        .kind())
                .isEqualTo(NearDuplicate.Kind.TYPO);
    }

    @Test
    void shortValuesDistantValuesAndNumbersAreNotNearDuplicates() {
        assertThat(usual(Map.of("cat", 9), "car")).as("under four letters").isEmpty();
        assertThat(usual(Map.of("golang", 9), "go")).isEmpty();
        assertThat(usual(Map.of("go", 9), "golang")).isEmpty();
        assertThat(usual(Map.of("python3", 9), "python2"))
                .as("a different digit is a different thing")
                .isEmpty();
        assertThat(usual(Map.of("2024", 9), "2025")).isEmpty();
        assertThat(usual(Map.of("photography", 9), "photographers"))
                .as("two edits")
                .isEmpty();
        assertThat(usual(Map.of("tides", 9), "")).isEmpty();
    }

    @Test
    void aVeryLongValueIsComparedForCaseAndPluralButNotForTypos() {
        String longTag = "harbour ".repeat(2_000).strip();
        Map<String, Integer> site = Map.of(longTag, 3, longTag.toUpperCase(Locale.ROOT), 1);
        assertThat(usual(site, longTag.toUpperCase(Locale.ROOT))).contains(longTag);
        assertThat(usual(site, longTag + "x")).isEmpty();
    }

    @Test
    void theMostUsedOfSeveralSpellingsIsTheOneOffered() {
        Map<String, Integer> site = Map.of("JavaScript", 14, "javascript", 5, "Javascrip", 1);
        assertThat(usual(site, "Javascrip")).contains("JavaScript");
        assertThat(usual(site, "javascript")).contains("JavaScript");
    }
}
