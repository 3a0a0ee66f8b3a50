package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.event.Event;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;

/**
 * Ctrl+N with a site open until the new article's title field has the keyboard (the article is
 * shown and typable): the site's template read, planned, a tab opened, the form built.
 */
final class NewArticleLatency {
    private static final int ROUNDS = 20;

    private NewArticleLatency() {}

    static List<String> measure(AppConfig config) throws Exception {
        Path site = Files.createTempDirectory("masthead-new-bench");
        List<String> report = new ArrayList<>();
        try {
            SiteBenchmark.generate(site, 50);
            Files.writeString(
                    site.resolve("masthead.yml"),
                    "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n"
                            + "new_article:\n  folder: content/posts\n");
            Path first = site.resolve("content/posts/post-0.md");
            MainWindow w = onFx(() -> {
                new AppPrefs(config).clear();
                MainWindow m = new MainWindow(new Stage(), config, url -> {});
                m.stage().show();
                m.show(ArticleDocument.open(first));
                m.openSite(site);
                return m;
            });
            while (onFx(w::isIndexing)) Thread.sleep(20);
            long[] took = new long[ROUNDS];
            for (int i = 0; i < ROUNDS + 3; i++) {
                long t0 = System.nanoTime();
                onFx(() -> {
                    Event.fireEvent(
                            w.editor().area(),
                            new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.N, false, true, false, false));
                    return null;
                });
                while (!onFx(() -> w.stage().getScene().getFocusOwner() instanceof TextInputControl t
                        && "field-title".equals(t.getId())
                        && w.document().isUntitled())) Thread.sleep(1);
                if (i >= 3) took[i - 3] = System.nanoTime() - t0;
                onFx(() -> {
                    Event.fireEvent(
                            w.editor().area(),
                            new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.W, false, true, false, false));
                    w.editor().area().requestFocus();
                    return null;
                });
                while (onFx(() -> w.document().isUntitled())) Thread.sleep(1);
                // The tab shown again loads its preview; a writer's next Ctrl+N comes after that, not within it.
                WindowBenchmark.waitShown(w, 60_000);
                Thread.sleep(300);
            }
            report.add("Ctrl+N with a site open until the title field has the keyboard (target <= 100 ms): "
                    + Stats.ofNanos(took));
            onFx(() -> {
                w.stage().close();
                return null;
            });
        } finally {
            BenchReport.delete(site);
        }
        return report;
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WindowBenchmark.onFx(task, 120);
    }
}
