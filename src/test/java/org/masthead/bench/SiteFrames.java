package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;

/**
 * The window while a site of many articles is read: the longest gap between frames (the FX
 * thread stalled) during a cold indexing, then during a warm reopen from the cache.
 */
final class SiteFrames {
    private SiteFrames() {}

    static List<String> measure(AppConfig config, int count) throws Exception {
        Path site = Files.createTempDirectory("masthead-site-frames");
        List<String> report = new ArrayList<>();
        try {
            SiteBenchmark.generate(site, count);
            Path first = site.resolve("content/posts/post-0.md");
            MainWindow w = onFx(() -> {
                new AppPrefs(config).clear();
                MainWindow m = new MainWindow(new Stage(), config, url -> {});
                m.stage().show();
                m.show(ArticleDocument.open(first));
                return m;
            });
            Thread.sleep(1500);
            report.add(gaps(w, site, "cold indexing of " + count + " articles"));
            report.add(gaps(w, site, "warm reopen of " + count + " articles (cache, then refresh)"));
            onFx(() -> {
                w.stage().close();
                return null;
            });
        } finally {
            BenchReport.delete(site);
        }
        return report;
    }

    private static String gaps(MainWindow w, Path site, String what) throws Exception {
        long[] maxGap = {0};
        long[] last = {0};
        int[] frames = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (last[0] != 0) maxGap[0] = Math.max(maxGap[0], now - last[0]);
                last[0] = now;
                frames[0]++;
            }
        };
        long t0 = System.nanoTime();
        onFx(() -> {
            timer.start();
            w.openSite(site);
            return null;
        });
        Thread.sleep(200);
        while (onFx(w::isIndexing)) Thread.sleep(50);
        Thread.sleep(300);
        onFx(() -> {
            timer.stop();
            return null;
        });
        return String.format(
                Locale.ROOT,
                "%s: %.1f s, longest frame gap %.1f ms over %d frames (target: no stall over 100 ms)",
                what,
                (System.nanoTime() - t0) / 1e9,
                maxGap[0] / 1e6,
                frames[0]);
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WindowBenchmark.onFx(task, 600);
    }
}
