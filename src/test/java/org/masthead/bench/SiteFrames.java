package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;
import org.masthead.ui.site.ExportSiteWindow;

/**
 * The window while a site of many articles is read: the longest gap between frames (the FX
 * thread stalled) when the site panel first appears, during a cold indexing, during a warm
 * reopen from the cache, and while Export Site writes every page.
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
            // The panel's first appearance (its controls styled and laid out for the first time,
            // the other panes narrowed) is measured apart, with a site of one article.
            Path small = Files.createDirectories(site.resolveSibling(site.getFileName() + "-one"));
            try {
                Files.copy(first, small.resolve("one.md"));
                report.add(gaps(w, small, "the site panel's first appearance (a site of one article)"));
            } finally {
                BenchReport.delete(small);
            }
            report.add(gaps(w, site, "cold indexing of " + count + " articles, the panel shown"));
            report.add(gaps(w, site, "warm reopen of " + count + " articles (cache, then refresh)"));
            report.add(export(w, site, count));
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
        return gaps(what, () -> w.openSite(site), w::isIndexing);
    }

    /** Exports the site through the window's Export Site, as Site ▸ Export Site… does. */
    private static String export(MainWindow w, Path site, int count) throws Exception {
        Path out = Files.createTempDirectory("masthead-site-frames-out");
        ExportSiteWindow[] export = new ExportSiteWindow[1];
        try {
            return gaps(
                    "exporting " + count + " articles (Export Site)",
                    () -> export[0] = new ExportSiteWindow(w.stage(), site, out, null),
                    () -> !((Labeled) export[0].stage().getScene().lookup("#export-site-summary"))
                            .getText()
                            .contains("written"));
        } finally {
            onFx(() -> {
                if (export[0] != null) export[0].stage().close();
                return null;
            });
            BenchReport.delete(out);
        }
    }

    private static String gaps(String what, Runnable start, Callable<Boolean> busy) throws Exception {
        FrameGaps timer = new FrameGaps();
        long t0 = System.nanoTime();
        onFx(() -> {
            timer.start();
            start.run();
            return null;
        });
        Thread.sleep(200);
        while (onFx(busy)) Thread.sleep(50);
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
                timer.longestNanos() / 1e6,
                timer.frames());
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WindowBenchmark.onFx(task, 600);
    }
}
