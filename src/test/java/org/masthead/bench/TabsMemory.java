package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.stage.Stage;

import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;

/**
 * Twenty open articles of 10 KB against one: the heap they add (after a full collection, each
 * tab shown once, and again after many switches: a leak would grow), and how long showing another
 * tab takes until its preview is painted. The window benchmark's JVM clears soft references at
 * each collection (the software renderer keeps textures softly, a cache the JVM empties when it
 * needs the room), so the figures count what is held.
 */
final class TabsMemory {
    private static final int TABS = 20;

    private TabsMemory() {}

    static List<String> measure(AppConfig config) throws Exception {
        Path dir = Files.createTempDirectory("masthead-tabs");
        List<String> report = new ArrayList<>();
        try {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < TABS; i++) {
                Path md = dir.resolve("tab-" + i + ".md");
                Files.writeString(md, SyntheticArticles.article("Tab " + i, 10 * 1024, 100 + i));
                files.add(md);
            }
            MainWindow w = onFx(() -> {
                new AppPrefs(config).clear();
                MainWindow m = new MainWindow(new Stage(), config, url -> {});
                m.stage().show();
                m.open(files.get(0));
                return m;
            });
            waitForPreview(w);
            long one = usedAfterGc();
            for (Path f : files.subList(1, TABS)) {
                onFx(() -> w.open(f));
                waitForPreview(w);
            }
            long twenty = usedAfterGc();
            long[] switches = new long[Integer.getInteger("bench.tabs.switches", 3 * TABS)];
            for (int i = 0; i < switches.length; i++) {
                long t0 = System.nanoTime();
                onFx(() -> {
                    w.tabs().cycle(1);
                    return null;
                });
                waitForPreview(w);
                switches[i] = System.nanoTime() - t0;
            }
            long after = usedAfterGc();
            report.add(String.format(
                    Locale.ROOT,
                    "%d tabs of 10 KB over one: %+.1f MB of heap after a full collection (limit 150 MB);"
                            + " after %d more switches %+.1f MB",
                    TABS,
                    (twenty - one) / 1e6,
                    switches.length,
                    (after - one) / 1e6));
            report.add("showing another tab until its preview is painted: " + Stats.ofNanos(switches));
            onFx(() -> {
                w.stage().close();
                return null;
            });
        } finally {
            BenchReport.delete(dir);
        }
        return report;
    }

    private static void waitForPreview(MainWindow w) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!onFx(() -> w.preview().shownVersionProperty().get() == w.documentVersion())) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("the preview did not follow");
            Thread.sleep(2);
        }
    }

    /** The heap in use once collections have settled (the spelling benchmark weighs its dictionary so too). */
    static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WindowBenchmark.onFx(task, 120);
    }
}
