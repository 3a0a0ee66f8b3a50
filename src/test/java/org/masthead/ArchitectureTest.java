package org.masthead;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages' layers, written here once (ARCHITECTURE.md explains them): each step may use the
 * steps below it and never one above. Packages of one step may use each other as long as no cycle
 * forms; the parts of an "apart" step (ui, cli) may not use each other. JavaFX stays in ui and fx.
 */
class ArchitectureTest {

    /** One step of the order: its packages, and whether they must stay apart from each other. */
    record Step(boolean apart, List<String> packages) {
        static Step together(String... packages) {
            return new Step(false, List.of(packages));
        }

        static Step apart(String... packages) {
            return new Step(true, List.of(packages));
        }
    }

    /** The root package itself: the launcher, which may use everything. */
    static final String ROOT = "";

    /** Lowest first. */
    static final List<Step> ORDER = List.of(
            Step.together("yaml", "source", "text", "image", "log", "batch", "cds"),
            Step.together("article", "profile", "link", "platform", "theme"),
            Step.together("render", "check", "cards", "export", "spell"),
            Step.together("document", "recovery", "publish", "site", "instance", "media", "newarticle"),
            Step.together("fx"),
            Step.apart("ui", "cli"),
            Step.together(ROOT));

    /** The packages that may use JavaFX; the command line uses it only through fx. */
    static final List<String> JAVAFX_ALLOWED = List.of("ui", "fx");

    /** The three rules for the packages under {@code root}; {@code complete}: every layer must have classes. */
    static List<ArchRule> rules(String root, boolean complete) {
        return List.of(layers(root, complete), noCycles(root, complete), javaFxOnlyAtTheTop(root, complete));
    }

    static LayeredArchitecture layers(String root, boolean complete) {
        LayeredArchitecture arch =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(!complete);
        List<List<String>> layerNames = new ArrayList<>();
        for (Step step : ORDER) {
            List<List<String>> groups =
                    step.apart() ? step.packages().stream().map(List::of).toList() : List.of(step.packages());
            List<String> names = new ArrayList<>();
            for (List<String> group : groups) {
                String name = group.contains(ROOT) ? "launcher" : String.join("/", group);
                arch = arch.layer(name)
                        .definedBy(group.stream().map(p -> pattern(root, p)).toArray(String[]::new));
                names.add(name);
            }
            layerNames.add(names);
        }
        List<String> below = new ArrayList<>();
        for (List<String> names : layerNames) {
            for (String name : names) {
                arch = below.isEmpty()
                        ? arch.whereLayer(name).mayNotAccessAnyLayer()
                        : arch.whereLayer(name).mayOnlyAccessLayers(below.toArray(String[]::new));
            }
            below.addAll(names);
        }
        return arch.ensureAllClassesAreContainedInArchitecture();
    }

    static ArchRule noCycles(String root, boolean complete) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(!complete);
    }

    static ArchRule javaFxOnlyAtTheTop(String root, boolean complete) {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(
                        JAVAFX_ALLOWED.stream().map(p -> root + "." + p + "..").toArray(String[]::new))
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .allowEmptyShould(!complete);
    }

    private static String pattern(String root, String pkg) {
        return pkg.equals(ROOT) ? root : root + "." + pkg + "..";
    }

    @Test
    void theApplicationKeepsItsLayersWithoutCyclesAndJavaFxAtTheTop() {
        JavaClasses main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.masthead");
        assertThat(main.size()).isGreaterThan(100);
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules("org.masthead", true)) {
            EvaluationResult result = rule.evaluate(main);
            if (result.hasViolation()) failures.add(result.getFailureReport().toString());
        }
        assertThat(failures).isEmpty();
    }
}
