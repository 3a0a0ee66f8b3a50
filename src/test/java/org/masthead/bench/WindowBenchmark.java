package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;
import org.masthead.ui.editor.SpellingFxTime;

/**
 * Measures the running window: keystroke-to-preview-updated latency for a 10 KB and a 1 MB article
 * (a key typed into the editor until the preview's DOM shows it), the longest gap between frames
 * while typing, and cold start of the app (text visible, preview painted) in fresh JVMs.
 * Run with {@code mvn -B -Pbench verify}; headless (Monocle) unless a display is given.
 */
public final class WindowBenchmark {
    private static final int KEYS = 60;
    private static AppConfig config;

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            // The FX thread would keep the JVM, and the build, waiting for ever.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Path dir = Files.createTempDirectory("masthead-window-bench");
        // The benchmark's unsaved drafts go to a folder of its own, never to the user's recovery folder.
        Path recovery = Files.createDirectories(dir.resolve("recovery"));
        // Its preferences too: clearing them must not clear the writer's recent files.
        config = AppConfig.of(recovery, "org/masthead/bench");
        Files.writeString(
                dir.resolve("masthead.yml"), "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n");
        List<String> report = new ArrayList<>();
        report.add("Masthead window benchmark (" + System.getProperty("glass.platform", "native") + ", prism "
                + System.getProperty("prism.order", "default") + ")");
        boolean siteOnly = "site".equals(System.getProperty("bench.window.only"));
        boolean partOnly = !System.getProperty("bench.window.only", "").isEmpty();
        if (!partOnly || "cold".equals(System.getProperty("bench.window.only"))) report.addAll(coldStart(5));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // The benchmark closes its windows itself; the toolkit must outlive each of them.
        Platform.setImplicitExit(false);
        boolean typing = !partOnly || "typing".equals(System.getProperty("bench.window.only"));
        for (int size : typing ? new int[] {10 * 1024, 1024 * 1024} : new int[0]) {
            Path md = dir.resolve("bench-" + size + ".md");
            Files.writeString(md, SyntheticArticles.article("Bench " + size, size, 7));
            report.add(typing(md, size >= 1024 * 1024 ? "1 MB" : "10 KB"));
        }
        String only = System.getProperty("bench.window.only", "");
        if (only.isEmpty() || only.equals("spelling")) report.addAll(SpellingWindowBench.measure(config));
        if (only.isEmpty() || only.equals("tabs")) report.addAll(TabsMemory.measure(config));
        if (only.isEmpty() || only.equals("new")) report.addAll(NewArticleLatency.measure(config));
        if (only.isEmpty() || only.equals("image")) report.addAll(ImageDropLatency.measure(config));
        if (only.isEmpty() || siteOnly)
            report.addAll(SiteFrames.measure(config, Integer.getInteger("bench.site.articles", 10_000)));
        report.forEach(System.out::println);
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Files.write(out.resolve("window.txt"), report);
        Platform.exit();
        System.exit(0);
    }

    /** Types keys one at a time into the editor, waiting for each to show in the preview. */
    private static String typing(Path md, String label) throws Exception {
        MainWindow[] w = new MainWindow[1];
        onFx(() -> {
            new AppPrefs(config).clear();
            w[0] = new MainWindow(new Stage(), config, url -> {});
            w[0].stage().show();
            w[0].show(ArticleDocument.open(md));
            w[0].editor().area().requestFocus();
            w[0].editor().area().moveTo(w[0].editor().area().getLength() / 2);
            return null;
        });
        MainWindow window = w[0];
        waitShown(window, 60_000);
        Thread.sleep(1500);
        FrameGaps frames = new FrameGaps();
        onFx(() -> {
            frames.start();
            return null;
        });
        long[] latency = typeKeys(window, 5, KEYS, frames);
        onFx(() -> {
            frames.stop();
            return null;
        });
        Stats s = Stats.ofNanos(latency);
        onFx(() -> {
            window.preview().dispose();
            window.stage().close();
            return null;
        });
        return String.format(
                Locale.ROOT,
                "keystroke to preview, %s article: %s; longest frame gap while typing %.1f ms",
                label,
                s,
                frames.longestNanos() / 1e6);
    }

    /**
     * Types {@code warm + keys} keys one at a time into the editor, each once the one before shows in the
     * preview, and returns the last {@code keys} latencies; the frame gaps count from the first measured key.
     */
    static long[] typeKeys(MainWindow window, int warm, int keys, FrameGaps frames) throws Exception {
        long[] latency = new long[keys];
        for (int i = 0; i < warm + keys; i++) {
            String ch = i % 7 == 6 ? " " : String.valueOf((char) ('a' + i % 26));
            CountDownLatch shown = new CountDownLatch(1);
            long t0 = System.nanoTime();
            onFx(() -> {
                Event.fireEvent(
                        window.editor().area(),
                        new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
                long target = versionOf(window);
                var version = window.preview().shownVersionProperty();
                if (version.get() >= target) {
                    shown.countDown();
                } else {
                    version.addListener(new ChangeListener<Number>() {
                        @Override
                        public void changed(ObservableValue<? extends Number> o, Number a, Number b) {
                            if (b.longValue() >= target) {
                                version.removeListener(this);
                                shown.countDown();
                            }
                        }
                    });
                }
                return null;
            });
            if (!shown.await(60, TimeUnit.SECONDS))
                throw new IllegalStateException("key " + i + " never reached the preview");
            long t = System.nanoTime() - t0;
            if (i >= warm) latency[i - warm] = t;
            if (i == warm - 1)
                onFx(() -> {
                    frames.reset();
                    SpellingFxTime.reset();
                    return null;
                }); // gaps and spelling's tasks count after the warm-up keys
            Thread.sleep(40);
        }
        return latency;
    }

    private static long versionOf(MainWindow window) {
        return window.documentVersion();
    }

    static void waitShown(MainWindow w, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (onFx(() -> w.preview().shownVersionProperty().get() < versionOf(w))) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("preview never showed the article");
            Thread.sleep(20);
        }
    }

    /**
     * Starts the packaged app in fresh JVMs on a real display (DISPLAY, else an Xvfb of our own) and
     * reads the times it reports.
     */
    private static List<String> coldStart(int runs) throws Exception {
        Path jar = Path.of("target/masthead.jar");
        if (!Files.isRegularFile(jar)) return List.of("cold start: skipped (target/masthead.jar not built)");
        BenchDisplay display;
        try {
            display = BenchDisplay.open(":93");
        } catch (IOException e) {
            return List.of("cold start: skipped (no DISPLAY and no Xvfb)");
        }
        try (display) {
            return coldStartOn(display.name(), jar, runs);
        }
    }

    /**
     * Fresh JVMs alternated with spelling on and off (a preference): the dictionary loads after the
     * preview has painted, so the two should start alike; the on runs also say when spelling was ready.
     */
    private static List<String> coldStartOn(String display, Path jar, int runs) throws Exception {
        Path sample =
                Path.of("samples/site/articles/reading-the-tide-tables.md").toAbsolutePath();
        long[][] text = {new long[runs], new long[runs]};
        long[][] painted = {new long[runs], new long[runs]};
        long[] ready = new long[runs];
        int readyRuns = 0;
        AppPrefs prefs = new AppPrefs(config);
        for (int i = 0; i < 2 * runs; i++) {
            int on = i % 2 == 0 ? 1 : 0;
            int run = i / 2;
            prefs.clear();
            prefs.putFlag("spelling.on", on == 1);
            prefs.flush();
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dmasthead.startup-times=true",
                    "-Dmasthead.prefs=" + config.prefsNode(),
                    "-Dmasthead.recovery=" + config.recoveryFolder(),
                    "-Dmasthead.log.dir=" + Path.of("target/bench/logs").toAbsolutePath()));
            cmd.add("-Dprism.order=" + System.getProperty("prism.order", "sw"));
            cmd.addAll(List.of("-jar", jar.toString(), sample.toString()));
            Process p = BenchDisplay.process(display, cmd).start();
            try {
                StartupLines lines = new StartupLines(p.getInputStream());
                text[on][run] = StartupLines.ms(lines.await("startup: text visible ", 120)) * 1_000_000L;
                painted[on][run] = StartupLines.ms(lines.await("startup: preview painted ", 120)) * 1_000_000L;
                if (on == 1) {
                    String line = lines.await("startup: spelling ready ", 20);
                    if (line != null) ready[readyRuns++] = StartupLines.ms(line) * 1_000_000L;
                }
            } finally {
                ProcessTree.stop(p);
            }
        }
        prefs.clear();
        List<String> out = new ArrayList<>();
        String where = "cold start (X display " + display + ")";
        for (int on = 1; on >= 0; on--) {
            String state = on == 1 ? "spelling on" : "spelling off";
            out.add(where + ", " + state + ", text visible: " + Stats.ofNanos(text[on]));
            out.add(where + ", " + state + ", preview painted: " + Stats.ofNanos(painted[on]));
        }
        out.add(String.format(
                Locale.ROOT,
                "cold start, spelling on / off: text visible %.2f, preview painted %.2f (ratio of medians); %s",
                Stats.ofNanos(text[1]).median() / Stats.ofNanos(text[0]).median(),
                Stats.ofNanos(painted[1]).median() / Stats.ofNanos(painted[0]).median(),
                readyRuns == 0
                        ? "spelling never reported ready (no dictionary for the sample's language?)"
                        : "spelling ready " + Stats.ofNanos(java.util.Arrays.copyOf(ready, readyRuns))));
        return out;
    }

    static <T> T onFx(Callable<T> task) throws Exception {
        return onFx(task, 120);
    }

    /** Runs a task on the FX thread and waits for its result, at most {@code seconds}. */
    static <T> T onFx(Callable<T> task, int seconds) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(task.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(seconds, TimeUnit.SECONDS);
    }
}
