package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.instance.HandOver;
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
    void withAnAppRunningTheFileGoesToItAndNoWindowOpens() throws Exception {
        Path md = Files.writeString(dir.resolve("quay.md"), "---\ntitle: Quay\n---\nRopes.\n");
        InstanceSettings on = new InstanceSettings(true, Optional.of(dir.resolve("run")));
        BlockingQueue<HandOver> received = new LinkedBlockingQueue<>();
        BlockingQueue<Integer> firstExit = new LinkedBlockingQueue<>();
        // The first launch serves until its window "closes" (the test lets it go at the end).
        CountDownLatch close = new CountDownLatch(1);
        CountDownLatch serving = new CountDownLatch(1);
        Thread first = new Thread(() -> firstExit.add(run(on, (f, handOvers) -> {
            handOvers.orElseThrow().onRequest(received::add);
            serving.countDown();
            try {
                close.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        first.start();
        assertThat(serving.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(run(on, window, md.toString())).isZero();
        assertThat(received.poll(10, TimeUnit.SECONDS)).isEqualTo(HandOver.open(md.toAbsolutePath()));
        assertThat(opened).isEmpty();

        // The commands never hand over, and --new-instance opens a window of its own.
        assertThat(run(on, window, "get", md.toString(), "title")).isZero();
        assertThat(run(on, window, "--new-instance", md.toString())).isZero();
        assertThat(opened).containsExactly(md.toAbsolutePath());
        assertThat(received).isEmpty();

        close.countDown();
        assertThat(firstExit.poll(10, TimeUnit.SECONDS)).isZero();
        assertThat(dir.resolve("run").resolve("masthead.sock")).doesNotExist();
    }

    private int run(InstanceSettings instance, MastheadCommand.Window w, String... args) {
        return MastheadCommand.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err), instance, w);
    }

    @Test
    void withoutAWindowTheCommandSaysSoInsteadOfOpeningOne() throws Exception {
        Path md = Files.writeString(dir.resolve("quay.md"), "---\ntitle: Quay\n---\nRopes.\n");
        assertThat(run(null, md.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no window here", "check | export | cards | get | set");
    }
}
