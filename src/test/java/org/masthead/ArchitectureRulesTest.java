package org.masthead;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link ArchitectureTest} fail when broken: each fixture package under
 * {@code org.masthead.archfixture} breaks one of them on purpose, and one ("clean") breaks none.
 */
class ArchitectureRulesTest {
    private static final String FIXTURES = "org.masthead.archfixture.";

    enum Rule {
        LAYERS,
        CYCLES,
        JAVAFX
    }

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                Arguments.of("upward", Rule.LAYERS, "TideValue"),
                Arguments.of("inherit", Rule.LAYERS, "QuayReader"),
                Arguments.of("cliui", Rule.LAYERS, "OpenCommand"),
                Arguments.of("fxui", Rule.LAYERS, "Snapshot"),
                Arguments.of("stray", Rule.LAYERS, "Helper"),
                Arguments.of("cycle", Rule.CYCLES, "BuoyRule"),
                Arguments.of("ring", Rule.CYCLES, "Lantern"),
                Arguments.of("callcycle", Rule.CYCLES, "Chart"),
                Arguments.of("genericcycle", Rule.CYCLES, "Crew"),
                Arguments.of("stepcycle", Rule.CYCLES, "Knot"),
                Arguments.of("fxrender", Rule.JAVAFX, "Painter"),
                Arguments.of("fxcli", Rule.JAVAFX, "StartFx"),
                Arguments.of("fxroot", Rule.JAVAFX, "Start"),
                Arguments.of("fxcheck", Rule.JAVAFX, "Glare"),
                Arguments.of("fxlink", Rule.JAVAFX, "Rope"));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("brokenFixtures")
    void aBrokenFixtureIsReportedWithTheOffendingClass(String fixture, Rule rule, String offender) {
        EvaluationResult result = evaluate(fixture, rule);
        assertThat(result.hasViolation()).as(fixture + " must break " + rule).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(FIXTURES + fixture)
                .contains(offender);
    }

    @Test
    void theCleanFixtureUsesEveryAllowedPathAndBreaksNothing() {
        for (Rule rule : Rule.values()) {
            EvaluationResult result = evaluate("clean", rule);
            assertThat(result.getFailureReport().getDetails()).as(rule.name()).isEmpty();
        }
    }

    @Test
    void theCleanFixtureIsNotEmpty() {
        assertThat(classes("clean").size()).isEqualTo(8);
    }

    private static EvaluationResult evaluate(String fixture, Rule rule) {
        List<ArchRule> rules = ArchitectureTest.rules(FIXTURES + fixture, false);
        return rules.get(rule.ordinal()).evaluate(classes(fixture));
    }

    private static JavaClasses classes(String fixture) {
        return new ClassFileImporter().importPackages(FIXTURES + fixture);
    }
}
