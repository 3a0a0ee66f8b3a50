package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;
import org.masthead.ui.editor.SpellingFxTime;

/**
 * Spelling in the running window, on against off in the same run, alternated window by window:
 * keystroke to preview for a 10 KB and a 1 MB article, the longest frame gap while typing, and
 * in a 1 MB article scrolled to random places, how long after the text is laid out the misspelt
 * words on screen are marked, with the longest frame gap meanwhile. The article uses British
 * spellings in an en-US site, so nearly every screen has marks to draw, and the typed keys make
 * words no dictionary has: a worse case than a writer's. {@code -Dbench.spelling.small=true} measures
 * the 10 KB article only; {@code -Dbench.spelling.side=on} (or {@code off}) one side only, to profile it.
 */
final class SpellingWindowBench {
    private static final int KEYS = 40;
    private static final int ROUNDS = 5;
    private static final int SCROLLS = 25;
    /** "on" or "off" measures one side only, to profile it (the comparison then means nothing). */
    private static final String SIDE = System.getProperty("bench.spelling.side", "");

    private SpellingWindowBench() {}

    static List<String> measure(AppConfig config) throws Exception {
        Path dir = Files.createTempDirectory("masthead-spelling-window");
        Files.writeString(dir.resolve("masthead.yml"), "schema: article\nsite_name: Bench\nlanguage: en-US\n");
        List<String> report = new ArrayList<>();
        for (int size : Boolean.getBoolean("bench.spelling.small")
                ? new int[] {10 * 1024}
                : new int[] {10 * 1024, 1024 * 1024}) {
            Path md = dir.resolve("spell-" + size + ".md");
            Files.writeString(md, SyntheticArticles.article("Spell " + size, size, 11));
            String label = size > 100_000 ? "1 MB" : "10 KB";
            long[][] keys = {new long[0], new long[0]};
            long[] gaps = new long[2];
            long spellingTask = 0;
            long spellingTotal = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (int on = 1; on >= 0; on--) {
                    if (!SIDE.isEmpty() && SIDE.equals("on") != (on == 1)) continue;
                    MainWindow w = open(config, md, on == 1);
                    FrameGaps frames = started();
                    keys[on] = concat(keys[on], WindowBenchmark.typeKeys(w, 5, KEYS, frames));
                    gaps[on] = Math.max(gaps[on], stop(frames));
                    if (on == 1) {
                        spellingTask = Math.max(spellingTask, WindowBenchmark.onFx(SpellingFxTime::longestNanos));
                        spellingTotal += WindowBenchmark.onFx(SpellingFxTime::totalNanos);
                    }
                    close(w);
                }
            }
            if (!SIDE.isEmpty()) {
                report.add("spelling: keystroke to preview, " + label + ", " + SIDE + " only: "
                        + Stats.ofNanos(keys[SIDE.equals("on") ? 1 : 0]));
                continue;
            }
            Stats with = Stats.ofNanos(keys[1]);
            Stats without = Stats.ofNanos(keys[0]);
            report.add(String.format(
                    Locale.ROOT,
                    "spelling: keystroke to preview, %s, on: %s; off: %s; median +%.2f ms (target <= 2 ms),"
                            + " p95 ratio %.2f; longest frame gap on %.1f ms, off %.1f ms;"
                            + " spelling's FX-thread time %.3f ms a key, its longest task %.2f ms (target <= 16 ms)",
                    label,
                    with,
                    without,
                    with.median() - without.median(),
                    with.p95() / without.p95(),
                    gaps[1] / 1e6,
                    gaps[0] / 1e6,
                    spellingTotal / 1e6 / with.n(),
                    spellingTask / 1e6));
            if (size > 100_000) report.add(scrolling(config, md));
        }
        BenchReport.delete(dir);
        return report;
    }

    /** Scrolls a 1 MB article to random places and times the marks of the lines that come into view. */
    private static String scrolling(AppConfig config, Path md) throws Exception {
        MainWindow w = open(config, md, true);
        CodeArea area = w.editor().area();
        FrameGaps frames = started();
        WindowBenchmark.onFx(() -> {
            SpellingFxTime.reset();
            return null;
        });
        Random r = new Random(5);
        long[] laidOut = new long[SCROLLS];
        long[] marked = new long[SCROLLS];
        int paragraphs = WindowBenchmark.onFx(() -> area.getParagraphs().size(), 30);
        for (int i = 0; i < SCROLLS; i++) {
            int to = r.nextInt(paragraphs - 200);
            CompletableFuture<long[]> done = new CompletableFuture<>();
            long t0 = System.nanoTime();
            WindowBenchmark.onFx(
                    () -> {
                        long[] at = {0, 0};
                        var scene = area.getScene();
                        Runnable[] pulse = new Runnable[1];
                        pulse[0] = () -> {
                            if (at[0] == 0 && area.firstVisibleParToAllParIndex() >= to - 1) at[0] = System.nanoTime();
                            if (at[0] != 0 && marksOnScreen(w)) {
                                at[1] = System.nanoTime();
                                scene.removePostLayoutPulseListener(pulse[0]);
                                done.complete(at);
                            }
                        };
                        scene.addPostLayoutPulseListener(pulse[0]);
                        area.showParagraphAtTop(to);
                        area.moveTo(to, 0);
                        return null;
                    },
                    30);
            long[] at = done.get(30, TimeUnit.SECONDS);
            laidOut[i] = at[0] - t0;
            marked[i] = at[1] - at[0];
            Thread.sleep(100);
        }
        long gap = stop(frames);
        long task = WindowBenchmark.onFx(SpellingFxTime::longestNanos);
        close(w);
        return String.format(
                Locale.ROOT,
                "spelling: 1 MB scrolled to %d places, text laid out %s; then its marks drawn %s (target <= 100 ms);"
                        + " longest frame gap %.1f ms; spelling's longest FX-thread task %.2f ms (target <= 16 ms)",
                SCROLLS,
                Stats.ofNanos(laidOut),
                Stats.ofNanos(marked),
                gap / 1e6,
                task / 1e6);
    }

    private static boolean marksOnScreen(MainWindow w) {
        return w.editor().underlinedWords() > 0;
    }

    /** A window on the article with spelling on or off, once its preview shows and its spelling count is up. */
    private static MainWindow open(AppConfig config, Path md, boolean spelling) throws Exception {
        MainWindow w = WindowBenchmark.onFx(
                () -> {
                    AppPrefs prefs = new AppPrefs(config);
                    prefs.clear();
                    prefs.putFlag("spelling.on", spelling);
                    MainWindow m = new MainWindow(new Stage(), config, url -> {});
                    m.stage().show();
                    m.show(ArticleDocument.open(md));
                    m.editor().area().requestFocus();
                    m.editor().area().moveTo(m.editor().area().getLength() / 2);
                    return m;
                },
                60);
        WindowBenchmark.waitShown(w, 60_000);
        long end = System.currentTimeMillis() + 60_000;
        String want = spelling ? "misspelt" : "spelling off";
        while (!WindowBenchmark.onFx(() -> status(w).endsWith(want), 30)) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("spelling never reported: " + want);
            Thread.sleep(20);
        }
        Thread.sleep(1000);
        return w;
    }

    private static String status(MainWindow w) {
        var node = w.stage().getScene().lookup("#status-spelling");
        return node instanceof Labeled l && l.getText() != null ? l.getText() : "";
    }

    private static FrameGaps started() throws Exception {
        FrameGaps frames = new FrameGaps();
        WindowBenchmark.onFx(
                () -> {
                    frames.start();
                    return null;
                },
                30);
        return frames;
    }

    private static long stop(FrameGaps frames) throws Exception {
        return WindowBenchmark.onFx(
                () -> {
                    frames.stop();
                    return frames.longestNanos();
                },
                30);
    }

    private static void close(MainWindow w) throws Exception {
        WindowBenchmark.onFx(
                () -> {
                    w.preview().dispose();
                    w.stage().close();
                    return null;
                },
                30);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
