package org.masthead.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The file log, installed into a temporary folder; the root logger is put back after each test. */
class FileLoggingTest {
    @TempDir
    Path dir;

    private final Logger root = LogManager.getLogManager().getLogger("");
    private Handler[] handlers;
    private Level level;
    private Handler installed;

    @BeforeEach
    void remember() {
        handlers = root.getHandlers();
        level = root.getLevel();
    }

    @AfterEach
    void restore() {
        if (installed != null) {
            root.removeHandler(installed);
            installed.close();
        }
        for (Handler h : handlers) if (!List.of(root.getHandlers()).contains(h)) root.addHandler(h);
        root.setLevel(level);
    }

    @Test
    void aWarningGoesToTheFileWithItsLoggerAndException() throws Exception {
        Path folder = dir.resolve("state/masthead");
        installed = FileLogging.install(folder, Level.INFO);
        System.getLogger("org.masthead.probe")
                .log(
                        System.Logger.Level.WARNING,
                        "Could not store the preferences",
                        new IllegalStateException("disk gone"));
        installed.flush();
        String log = Files.readString(folder.resolve("masthead0.0.log"));
        assertThat(log)
                .contains("WARNING org.masthead.probe: Could not store the preferences")
                .contains("java.lang.IllegalStateException: disk gone");
    }

    @Test
    void aRunWithNothingToReportLeavesNoFile() throws Exception {
        Path folder = dir.resolve("quiet");
        installed = FileLogging.install(folder, Level.INFO);
        System.getLogger("org.masthead.probe").log(System.Logger.Level.DEBUG, "below the level");
        installed.flush();
        assertThat(folder).doesNotExist();
    }

    @Test
    void debugIsWrittenOnlyWhenAsked() throws Exception {
        installed = FileLogging.install(dir, FileLogging.level("debug"));
        System.getLogger("org.masthead.probe").log(System.Logger.Level.DEBUG, "a detail");
        installed.flush();
        assertThat(Files.readString(dir.resolve("masthead0.0.log"))).contains("a detail");
    }

    @Test
    void theTerminalIsLeftToTheCommands() {
        installed = FileLogging.install(dir, Level.INFO);
        assertThat(root.getHandlers())
                .noneMatch(h -> h instanceof ConsoleHandler)
                .contains(installed);
        // Installing twice keeps one file handler.
        Handler again = FileLogging.install(dir, Level.INFO);
        assertThat(root.getHandlers())
                .filteredOn(h -> h instanceof LazyFileHandler)
                .containsExactly(again);
        installed = again;
    }

    @Test
    void filesRotateAtTheirSizeLimit() throws Exception {
        installed = FileLogging.install(dir, Level.INFO);
        String line = "x".repeat(1000);
        for (int i = 0; i < LazyFileHandler.LIMIT_BYTES / 1000 + 200; i++) {
            System.getLogger("org.masthead.probe").log(System.Logger.Level.INFO, line);
        }
        installed.flush();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")))
                    .contains("masthead0.0.log", "masthead0.1.log");
        }
        assertThat(Files.size(dir.resolve("masthead0.1.log"))).isLessThanOrEqualTo(LazyFileHandler.LIMIT_BYTES + 2000);
    }

    @Test
    void aFolderThatCannotBeMadeIsReportedOnceAndNothingThrows() throws Exception {
        Path blocked = Files.writeString(dir.resolve("a-file"), "in the way");
        installed = FileLogging.install(blocked.resolve("logs"), Level.INFO);
        List<Exception> reported = new ArrayList<>();
        installed.setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String msg, Exception ex, int code) {
                reported.add(ex);
            }
        });
        System.getLogger("org.masthead.probe").log(System.Logger.Level.ERROR, "first");
        System.getLogger("org.masthead.probe").log(System.Logger.Level.ERROR, "second");
        assertThat(reported).hasSize(1);
    }

    @Test
    void levelsAreReadInEitherVocabulary() {
        assertThat(FileLogging.level("DEBUG")).isEqualTo(Level.FINE);
        assertThat(FileLogging.level(" error ")).isEqualTo(Level.SEVERE);
        assertThat(FileLogging.level("trace")).isEqualTo(Level.FINER);
        assertThat(FileLogging.level("WARNING")).isEqualTo(Level.WARNING);
        assertThat(FileLogging.level("FINEST")).isEqualTo(Level.FINEST);
        assertThat(FileLogging.level("loud")).isEqualTo(Level.INFO);
    }
}
