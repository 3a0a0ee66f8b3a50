package org.masthead.log;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogFolderTest {
    @Test
    void linuxUsesXdgStateHome() {
        assertThat(LogFolder.of("Linux", "/home/ana", Map.of("XDG_STATE_HOME", "/var/lib/ana-state")))
                .contains(Path.of("/var/lib/ana-state/masthead"));
    }

    @Test
    void linuxWithoutXdgStateHomeUsesLocalState() {
        assertThat(LogFolder.of("Linux", "/home/ana", Map.of())).contains(Path.of("/home/ana/.local/state/masthead"));
        assertThat(LogFolder.of("FreeBSD", "/usr/home/bo", Map.of("XDG_STATE_HOME", "")))
                .contains(Path.of("/usr/home/bo/.local/state/masthead"));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(LogFolder.of("Linux", "/home/ana", Map.of("XDG_STATE_HOME", "state")))
                .contains(Path.of("/home/ana/.local/state/masthead"));
    }

    @Test
    void macOsUsesLibraryLogs() {
        assertThat(LogFolder.of("Mac OS X", "/Users/ana", Map.of("XDG_STATE_HOME", "/ignored")))
                .contains(Path.of("/Users/ana/Library/Logs/Masthead"));
    }

    @Test
    void windowsUsesLocalAppData() {
        String local = Path.of("/")
                .resolve("Users")
                .resolve("ana")
                .resolve("AppData")
                .resolve("Local")
                .toString();
        assertThat(LogFolder.of("Windows 11", "/elsewhere", Map.of("LOCALAPPDATA", local)))
                .contains(Path.of(local, "Masthead", "logs"));
        assertThat(LogFolder.of("Windows 10", "/home/ana", Map.of()))
                .contains(Path.of("/home/ana/AppData/Local/Masthead/logs"));
    }

    @Test
    void noHomeAndNoVariableGivesNoFolder() {
        assertThat(LogFolder.of("Linux", null, Map.of())).isEmpty();
        assertThat(LogFolder.of("Linux", "", Map.of())).isEmpty();
        assertThat(LogFolder.of("Mac OS X", "relative/home", Map.of())).isEmpty();
        assertThat(LogFolder.of("Windows 11", null, Map.of("LOCALAPPDATA", ""))).isEmpty();
    }
}
