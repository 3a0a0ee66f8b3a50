package org.masthead.cds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RelaunchTest {
    @TempDir
    Path dir;

    @Test
    void aRecordingBecomesTheArchiveAndTheSameCommandsOlderArchivesGo() throws Exception {
        Path older = Files.writeString(dir.resolve("masthead-window-old.jsa"), "old");
        Path other = Files.writeString(dir.resolve("masthead-check-old.jsa"), "check's");
        Path part = Files.writeString(dir.resolve("masthead-window-new.jsa.5.part"), "classes");
        Path archive = dir.resolve("masthead-window-new.jsa");
        Relaunch.keep(part, archive, 0);
        assertThat(archive).hasContent("classes");
        assertThat(part).doesNotExist();
        assertThat(older).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void aJvmKilledBeforeItExitedLeavesNoArchive() throws Exception {
        Path part = Files.writeString(dir.resolve("masthead-window-new.jsa.5.part"), "half");
        Path archive = dir.resolve("masthead-window-new.jsa");
        Relaunch.keep(part, archive, 137);
        assertThat(archive).doesNotExist();
        assertThat(part).doesNotExist();
    }

    @Test
    void aSecondJvmRunsWithThisOnesOutputAndGivesItsExitCode() {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var plan = new ClassArchiveStart.Plan(List.of(javaBin, "-version"), dir.resolve("a.jsa"), Optional.empty());
        assertThat(Relaunch.run(plan)).hasValue(0);
        var missing = new ClassArchiveStart.Plan(
                List.of(dir.resolve("no-such-java").toString()), dir.resolve("a.jsa"), Optional.empty());
        assertThat(Relaunch.run(missing)).isEmpty();
    }

    @Test
    void theStampChangesWithAJarTheManifestNames() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path dep = Files.writeString(lib.resolve("dep.jar"), "dep");
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/dep.jar");
        Path jar = dir.resolve("m.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        String first = JarStamp.of(jar, "/jdk", "17");
        assertThat(JarStamp.of(jar, "/jdk", "17")).isEqualTo(first);
        Files.setLastModifiedTime(
                dep, FileTime.fromMillis(Files.getLastModifiedTime(dep).toMillis() + 5000));
        assertThat(JarStamp.of(jar, "/jdk", "17")).isNotEqualTo(first);
        assertThat(JarStamp.of(jar, "/other-jdk", "17")).isNotEqualTo(JarStamp.of(jar, "/jdk", "17"));
    }
}
