package org.masthead;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two real launches: the first starts the window (headless), the second, given a file by a path
 * relative to its own working folder, hands it over and exits with 0; the first shows it.
 */
class TwoLaunchesTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aSecondLaunchOpensItsFileInTheRunningWindowAndExits() throws Exception {
        Path samples = Samples.copyTo(dir);
        Path tides = samples.resolve("site/articles/reading-the-tide-tables.md");
        Path bread = samples.resolve("site/articles/winter-bread-notes.md");
        try (AppProcess first = AppProcess.start(
                dir, AppProcess.command(dir, List.of("-Dmasthead.startup-times=true"), tides.toString()))) {
            first.await("startup: preview painted", 60_000);

            AppProcess second = AppProcess.start(
                    samples.resolve("site"), AppProcess.command(dir, List.of(), "articles/winter-bread-notes.md"));
            assertThat(second.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(second.process().exitValue()).isZero();

            assertThat(first.await("handover: shown ", 30_000)).startsWith("handover: shown " + bread + " at ");
            assertThat(first.process().isAlive()).isTrue();
        }
    }
}
