package org.masthead.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

import org.masthead.article.Article;
import org.masthead.cards.CardSet;
import org.masthead.cards.CardsHtml;
import org.masthead.check.ArticleChecker;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.publish.ExportJob;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.IncrementalChunks;
import org.masthead.render.MarkdownRenderer;
import org.masthead.render.PageOptions;
import org.masthead.source.SourceException;

/**
 * {@code mvn -B -Pbench verify}: render time of a 10 KB and a 1 MB article (the whole page, as the
 * preview and the exporter make it), check time, and export throughput for 1,000 articles.
 * Figures are medians and 95th percentiles; the machine is shared, so compare within one run.
 */
public final class CoreBenchmark {
    public static void main(String[] args) throws Exception {
        Path site = Files.createTempDirectory("masthead-bench");
        try {
            Files.writeString(
                    site.resolve("masthead.yml"),
                    "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n");
            Files.createDirectories(site.resolve("images"));
            ImageIO.write(
                    new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB),
                    "png",
                    site.resolve("images/bench.png").toFile());
            Path md = site.resolve("probe.md");
            SiteProfile profile = ProfileLoader.forArticle(md);
            List<String> report = new ArrayList<>();
            report.add("Masthead core benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            for (int size : new int[] {10 * 1024, 1024 * 1024}) {
                Article a = Article.of(md, SyntheticArticles.article("Bench " + size, size, 42), false);
                int warm = size > 100_000 ? 10 : 300;
                int runs = size > 100_000 ? 40 : 1000;
                report.add(String.format(
                        Locale.ROOT,
                        "render %s (%d bytes): %s",
                        label(size),
                        a.text().length(),
                        time(
                                warm,
                                runs,
                                () -> ArticleRenderer.render(a, profile, PageOptions.preview(p -> p.toString())))));
                report.add(String.format(
                        Locale.ROOT,
                        "check  %s: %s",
                        label(size),
                        time(warm, runs, () -> ArticleChecker.check(a, profile))));
                // What the Cards tab does per update: card data for every platform and their HTML.
                report.add(String.format(Locale.ROOT, "cards  %s: %s", label(size), time(warm, runs, () -> {
                    try {
                        CardsHtml.sections(CardSet.of(a, profile, CardSet.XCard.PAGE), p -> p.toString());
                    } catch (SourceException e) {
                        throw new IllegalStateException(e);
                    }
                })));
            }
            report.add(refusedBomb());
            report.add(typingInALongBody());
            report.add(exportThroughput(site));
            BenchReport.publish(report, "core.txt");
        } finally {
            BenchReport.delete(site);
        }
    }

    private static String exportThroughput(Path site) throws IOException {
        Path articles = Files.createDirectories(site.resolve("articles"));
        for (int i = 0; i < 1000; i++) {
            Files.writeString(articles.resolve("a" + i + ".md"), SyntheticArticles.article("Article " + i, 4096, i));
        }
        long[] rounds = new long[5];
        for (int round = -1; round < rounds.length; round++) {
            Path out = site.resolve("out" + round);
            long t0 = System.nanoTime();
            List<ExportJob.Result> results = new ExportJob(out, false).run(List.of(articles), (d, t, c) -> {}, r -> {});
            long t = System.nanoTime() - t0;
            if (results.size() != 1000 || results.stream().anyMatch(ExportJob.Result::failed)) {
                throw new IllegalStateException("export failed");
            }
            if (round >= 0) rounds[round] = t;
        }
        Stats s = Stats.ofNanos(rounds);
        return String.format(
                Locale.ROOT,
                "export 1,000 articles of 4 KB: %s per run = %.0f articles/s (median of %d runs)",
                s,
                1000 / (s.median() / 1000),
                rounds.length);
    }

    /** The first header with a billion aliases this JVM sees: refused, not expanded (was a test's timing). */
    private static String refusedBomb() {
        String levels = "abcdefghi";
        StringBuilder sb = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (int i = 1; i < levels.length(); i++) {
            char c = levels.charAt(i), p = levels.charAt(i - 1);
            sb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(String.join(",", Collections.nCopies(9, "*" + p)))
                    .append("]\n");
        }
        String text = sb.append("---\nBody.\n").toString();
        long t0 = System.nanoTime();
        Article a = Article.of(null, text, false);
        long cold = System.nanoTime() - t0;
        if (a.headerError().isEmpty()) throw new IllegalStateException("the bomb was not refused");
        return String.format(Locale.ROOT, "billion-laughs header refused, first time: %.1f ms", cold / 1e6)
                + "; again: " + time(20, 200, () -> Article.of(null, text, false));
    }

    /** One character typed in a 200 KB body: the preview's incremental render against a full one. */
    private static String typingInALongBody() {
        String body = SyntheticArticles.article("Long", 200_000, 9).replaceFirst("(?s)^---.*?---\\n", "");
        int heading = body.indexOf("\n## ", body.length() / 2);
        int at = body.indexOf("\n\n", body.indexOf("\n\n", heading + 1) + 2) - 5;
        String typed = body.substring(0, at) + "x" + body.substring(at);
        IncrementalChunks inc = new IncrementalChunks();
        var context = new IncrementalChunks.Context("", "long.md", "", file -> file.toString(), false);
        boolean[] flip = {false};
        Stats incremental = time(20, 200, () -> {
            inc.render(flip[0] ? body : typed, 1, s -> s, true, context);
            flip[0] = !flip[0];
        });
        Stats full = time(5, 40, () -> MarkdownRenderer.get().renderChunks(typed, 1, s -> s, true));
        return String.format(Locale.ROOT, "type in a 200 KB body: incremental %s; full %s", incremental, full);
    }

    private static Stats time(int warmups, int runs, Runnable task) {
        for (int i = 0; i < warmups; i++) task.run();
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            task.run();
            nanos[i] = System.nanoTime() - t0;
        }
        return Stats.ofNanos(nanos);
    }

    private static String label(int size) {
        return size >= 1024 * 1024 ? (size / (1024 * 1024)) + " MB" : (size / 1024) + " KB";
    }
}
