package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.instance.InstanceSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code masthead [FILE]} hands the file to the window it was given and never reaches for ui itself.
 * The tests run with Monocle as the display (see the pom's argLine), so the display check passes.
 */
class WindowHandOffTest {
    @TempDir
    Path dir;

    private final List<Path> opened = new ArrayList<>();
    private final MastheadCommand.Window window = (f, handOvers) -> opened.add(f == null ? Path.of("<none>") : f);
    private final StringWriter err = new StringWriter();

    private int run(MastheadCommand.Window w, String... args) {
        return MastheadCommand.run(
                args, new PrintWriter(new StringWriter()), new PrintWriter(err), InstanceSettings.off(), w);
    }

    @Test
    void noFileOpensTheWindowOnNothing() {
        assertThat(run(window)).isZero();
        assertThat(opened).containsExactly(Path.of("<none>"));
    }

    @Test
    void aFileReachesTheWindowAsAnAbsolutePath() throws Exception {
        Path md = Files.writeString(
                dir.resolve("harbour-notes.md"), "---\ntitle: Harbour notes\n---\nLow water at six.\n");
        Path relative = Path.of("").toAbsolutePath().relativize(md);
        assertThat(run(window, relative.toString())).isZero();
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).isAbsolute()).isTrue();
        assertThat(opened.get(0).normalize()).isEqualTo(md.toAbsolutePath().normalize());
    }

    @Test
    void aMissingFileIsRefusedBeforeAnyWindow() {
        assertThat(run(window, dir.resolve("no-such-article.md").toString())).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("cannot open", "no-such-article.md");
    }

    @Test
    void aCommandNeverOpensTheWindow() {
        assertThat(run(window, "--version")).isZero();
        assertThat(run(window, "get", dir.resolve("absent.md").toString(), "title"))
                .isNotZero();
        assertThat(opened).isEmpty();
    }

    @Test
    void withoutAWindowTheCommandSaysSoInsteadOfOpeningOne() throws Exception {
        Path md = Files.writeString(dir.resolve("quay.md"), "---\ntitle: Quay\n---\nRopes.\n");
        assertThat(run(null, md.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no window here", "check | export | cards | get | set");
    }
}
