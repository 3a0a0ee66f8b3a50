package org.masthead.cds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassArchiveStartTest {
    private static final Path FOLDER = Path.of("/home/w/.cache/masthead/class-archives");
    private static final Set<String> COMMANDS = Set.of("check", "export");

    private static ClassArchiveStart.Inputs jarRun(String env, boolean off, String... tail) {
        List<String> line = new ArrayList<>(List.of("/jdk/bin/java", "-Dprism.order=sw", "-Xmx2g", "-jar", "m.jar"));
        line.addAll(List.of(tail));
        return new ClassArchiveStart.Inputs(line, 1234L, env, COMMANDS, Optional.of(FOLDER), off);
    }

    private static Optional<ClassArchiveStart.Plan> plan(ClassArchiveStart.Inputs in, boolean archived) {
        return ClassArchiveStart.plan(in, "abc", p -> archived, 77);
    }

    @Test
    void theFirstWindowStartRecordsItsArchiveAsItExitsUnderANameOfItsOwn() {
        var plan = plan(jarRun("", false, "a.md"), false).orElseThrow();
        Path archive = FOLDER.resolve("masthead-window-abc.jsa");
        assertThat(plan.archive()).isEqualTo(archive);
        assertThat(plan.recording()).contains(FOLDER.resolve("masthead-window-abc.jsa.77.part"));
        assertThat(plan.command())
                .containsExactly(
                        "/jdk/bin/java",
                        "-Dprism.order=sw",
                        "-Xmx2g",
                        "-Dmasthead.relaunched=true",
                        "-Dmasthead.started-at=1234",
                        "-Xlog:cds*=off",
                        "-XX:ArchiveClassesAtExit=" + FOLDER.resolve("masthead-window-abc.jsa.77.part"),
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        "m.jar",
                        "a.md");
    }

    @Test
    void laterStartsMapTheArchiveAndEachCommandHasItsOwn() {
        var window = plan(jarRun("", false), true).orElseThrow();
        assertThat(window.recording()).isEmpty();
        assertThat(window.command()).contains("-XX:SharedArchiveFile=" + FOLDER.resolve("masthead-window-abc.jsa"));
        var check = plan(jarRun("", false, "check", "site", "--format", "json"), true)
                .orElseThrow();
        assertThat(check.archive()).isEqualTo(FOLDER.resolve("masthead-check-abc.jsa"));
        assertThat(check.command()).endsWith("-jar", "m.jar", "check", "site", "--format", "json");
        assertThat(plan(jarRun("", false, "--new-instance", "a.md"), true)).isPresent();
    }

    @Test
    void onlyTheWindowCompilesWithC1AndAWritersOwnChoiceIsKept() {
        assertThat(plan(jarRun("", false, "a.md"), true).orElseThrow().command())
                .containsOnlyOnce(ClassArchiveStart.WINDOW_COMPILER);
        assertThat(plan(jarRun("", false, "check", "site"), true).orElseThrow().command())
                .doesNotContain(ClassArchiveStart.WINDOW_COMPILER);
        assertThat(plan(jarRun("-XX:-TieredCompilation", false, "a.md"), true)
                        .orElseThrow()
                        .command())
                .doesNotContain(ClassArchiveStart.WINDOW_COMPILER);
        var own = List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=4", "-jar", "m.jar");
        assertThat(ClassArchiveStart.plan(
                                new ClassArchiveStart.Inputs(own, 1, "", COMMANDS, Optional.of(FOLDER), false),
                                "abc",
                                p -> true,
                                1)
                        .orElseThrow()
                        .command())
                .containsOnlyOnce("-XX:TieredStopAtLevel=4")
                .doesNotContain(ClassArchiveStart.WINDOW_COMPILER);
    }

    @Test
    void noSecondStartWhereItWouldNotHelpOrIsNotWanted() {
        assertThat(plan(jarRun("", true, "a.md"), true)).as("switched off").isEmpty();
        assertThat(plan(jarRun("-XX:SharedArchiveFile=/x.jsa", false), true))
                .as("the environment's")
                .isEmpty();
        assertThat(plan(jarRun("", false, "--version"), false))
                .as("a version run")
                .isEmpty();
        assertThat(plan(jarRun("", false, "check", "--help"), false)).as("help").isEmpty();
        assertThat(plan(jarRun("", false, "a.md", "b.md"), false))
                .as("not a window's arguments")
                .isEmpty();
        for (String own : List.of("-Dmasthead.relaunched=true", "-XX:SharedArchiveFile=/opt/m.jsa", "-Xshare:off")) {
            var line = List.of("/jdk/bin/java", own, "-jar", "m.jar");
            assertThat(ClassArchiveStart.plan(
                            new ClassArchiveStart.Inputs(line, 1, "", COMMANDS, Optional.of(FOLDER), false),
                            "abc",
                            p -> true,
                            1))
                    .as(own)
                    .isEmpty();
        }
        var fromClasses = List.of("/jdk/bin/java", "-cp", "target/classes", "org.masthead.Launcher");
        assertThat(ClassArchiveStart.plan(
                        new ClassArchiveStart.Inputs(fromClasses, 1, "", COMMANDS, Optional.of(FOLDER), false),
                        "abc",
                        p -> true,
                        1))
                .as("not from a jar")
                .isEmpty();
        assertThat(ClassArchiveStart.plan(
                        new ClassArchiveStart.Inputs(
                                List.of("/jdk/bin/java", "-jar", "m.jar"), 1, "", COMMANDS, Optional.empty(), false),
                        "abc",
                        p -> true,
                        1))
                .as("no cache folder")
                .isEmpty();
    }
}
