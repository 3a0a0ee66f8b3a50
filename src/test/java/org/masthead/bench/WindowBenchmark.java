package org.masthead.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

/**
 * Measures the running window: keystroke-to-preview-updated latency for a 10 KB and a 1 MB article
 * (a key typed into the editor until the preview's DOM shows it), the longest gap between frames
 * while typing, and cold start of the app (text visible, preview painted) in fresh JVMs.
 * Run with {@code mvn -B -Pbench verify}; headless (Monocle) unless a display is given.
 */
public final class WindowBenchmark {
    private static final int KEYS = 60;
    private static AppConfig config;

    public static void main(String[] args) throws Exception {
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
        if (!partOnly) report.addAll(coldStart(5));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // The benchmark closes its windows itself; the toolkit must outlive each of them.
        Platform.setImplicitExit(false);
        for (int size : partOnly ? new int[0] : new int[] {10 * 1024, 1024 * 1024}) {
            Path md = dir.resolve("bench-" + size + ".md");
            Files.writeString(md, SyntheticArticles.article("Bench " + size, size, 7));
            report.add(typing(md, size >= 1024 * 1024 ? "1 MB" : "10 KB"));
        }
        String only = System.getProperty("bench.window.only", "");
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
        long[] latency = new long[KEYS];
        for (int i = 0; i < KEYS + 5; i++) {
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
            if (i >= 5) latency[i - 5] = t;
            if (i == 4)
                onFx(() -> {
                    frames.reset();
                    return null;
                }); // gaps count after the warm-up keys
            Thread.sleep(40);
        }
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
        String display = System.getenv("DISPLAY");
        Process xvfb = null;
        if (display == null) {
            display = ":93";
            try {
                xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                Thread.sleep(1500);
            } catch (IOException e) {
                return List.of("cold start: skipped (no DISPLAY and no Xvfb)");
            }
        }
        try {
            return coldStartOn(display, jar, runs);
        } finally {
            if (xvfb != null) xvfb.destroy();
        }
    }

    private static List<String> coldStartOn(String display, Path jar, int runs) throws Exception {
        Path sample =
                Path.of("samples/site/articles/reading-the-tide-tables.md").toAbsolutePath();
        long[] text = new long[runs];
        long[] painted = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dmasthead.startup-times=true",
                    "-Dmasthead.prefs=" + config.prefsNode(),
                    "-Dmasthead.recovery=" + config.recoveryFolder(),
                    "-Dmasthead.log.dir=" + Path.of("target/bench/logs").toAbsolutePath()));
            cmd.add("-Dprism.order=" + System.getProperty("prism.order", "sw"));
            cmd.addAll(List.of("-jar", jar.toString(), sample.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("DISPLAY", display);
            Process p = pb.start();
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("startup: text visible ")) text[i] = ms(line) * 1_000_000L;
                    if (line.startsWith("startup: preview painted ")) {
                        painted[i] = ms(line) * 1_000_000L;
                        break;
                    }
                }
            } finally {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        return List.of(
                "cold start (X display " + display + "), text visible: " + Stats.ofNanos(text),
                "cold start (X display " + display + "), preview painted: " + Stats.ofNanos(painted));
    }

    private static long ms(String line) {
        String[] parts = line.split(" ");
        return Long.parseLong(parts[parts.length - 2]);
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
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
