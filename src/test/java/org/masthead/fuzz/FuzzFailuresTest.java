package org.masthead.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aFailingCaseIsKeptByteForByteWithHowToReplayIt() throws Exception {
        byte[] bytes = {'-', '-', '-', '\n', (byte) 0xC3, 0, '\r', 'x'};
        Path folder = dir.resolve("not-yet/fuzz-failures");
        String note = FuzzFailures.keep(
                folder, "case-7.md", bytes, "mvn test -Dfuzz.seed=5 -Dfuzz.case=7", new AssertionError("lost a byte"));
        assertThat(Files.readAllBytes(folder.resolve("case-7.md"))).isEqualTo(bytes);
        assertThat(Files.readString(folder.resolve("case-7.md.txt")))
                .contains("-Dfuzz.seed=5 -Dfuzz.case=7")
                .contains("lost a byte");
        assertThat(note).contains(folder.resolve("case-7.md").toAbsolutePath().toString());
    }

    @Test
    void whenTheCaseCannotBeKeptTheNoteStillSaysHowToReplayIt() throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        String note =
                FuzzFailures.keep(blocked, "case-1.md", new byte[] {1}, "replay-command", new RuntimeException("boom"));
        assertThat(note)
                .startsWith("could not keep the case")
                .contains("replay-command")
                .contains("boom");
    }

    @Test
    void eachCaseHasASeedOfItsOwnThatTheRunSeedDetermines() {
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 1000; i++) seeds.add(FuzzFailures.caseSeed(20261128L, i));
        assertThat(seeds).hasSize(1000);
        assertThat(FuzzFailures.caseSeed(20261128L, 42))
                .isEqualTo(FuzzFailures.caseSeed(20261128L, 42))
                .isNotEqualTo(FuzzFailures.caseSeed(20261129L, 42));
    }
}
