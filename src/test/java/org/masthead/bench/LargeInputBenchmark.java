package org.masthead.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.KeyPlacement;
import org.masthead.check.ArticleChecker;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.publish.ExportJob;
import org.masthead.render.MarkdownRenderer;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code mvn -B -Pbench verify}: the inputs that were once quadratic or slow. A header of 100,000
 * keys read and edited by Masthead, against SnakeYAML composing the same header alone (its floor);
 * a 50 MB article with footnotes checked and exported from disk, in process and as whole commands,
 * against flexmark parsing and rendering its body alone (theirs). Runs alternate Masthead and its
 * floor; figures are medians and p95, and the ratio of medians is what to compare between runs on
 * this shared machine.
 */
public final class LargeInputBenchmark {
    public static void main(String[] args) throws Exception {
        Path site = Files.createTempDirectory("masthead-bench-large");
        try {
            Files.writeString(
                    site.resolve("masthead.yml"),
                    "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n");
            List<String> report = new ArrayList<>();
            report.add("Masthead large-input benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version") + ", max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            report.addAll(manyKeys(site));
            report.addAll(hugeArticle(site));
            BenchReport.publish(report, "large.txt");
        } finally {
            BenchReport.delete(site);
        }
    }

    private static List<String> manyKeys(Path site) throws Exception {
        StringBuilder sb = new StringBuilder("---\n");
        for (int i = 0; i < 100_000; i++)
            sb.append("k").append(i).append(": v").append(i).append('\n');
        sb.append("title: Many keys\n---\nBody.\n");
        String text = sb.toString();
        String header = text.substring(4, text.indexOf("\n---\n") + 1);
        Path md = Files.writeString(site.resolve("many.md"), text);
        FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());
        int runs = 15;
        long[] ours = new long[runs], edit = new long[runs], floor = new long[runs];
        for (int i = -2; i < runs; i++) {
            long t0 = System.nanoTime();
            Article a = ArticleFiles.read(md);
            a.requireFrontMatter().entry("title").orElseThrow();
            long t1 = System.nanoTime();
            editor.set(a, "title", "Edited " + i);
            long t2 = System.nanoTime();
            new Yaml().compose(new StringReader(header));
            long t3 = System.nanoTime();
            if (i >= 0) {
                ours[i] = t1 - t0;
                edit[i] = t2 - t1;
                floor[i] = t3 - t2;
            }
        }
        return List.of(
                line("100,000 header keys: read file + parse with positions", ours, floor, "SnakeYAML compose alone"),
                line("100,000 header keys: set one key (edit + re-parse)", edit, floor, "SnakeYAML compose alone"));
    }

    private static List<String> hugeArticle(Path site) throws Exception {
        Path articles = Files.createDirectories(site.resolve("big"));
        String text = SyntheticArticles.article("Fifty megabytes", 50 * 1024 * 1024, 7, true);
        Path md = Files.writeString(articles.resolve("big.md"), text);
        SiteProfile profile = ProfileLoader.forArticle(md);
        Path out = site.resolve("out");
        int runs = 5;
        long[] check = new long[runs], export = new long[runs], floor = new long[runs];
        long[] checkCommand = new long[runs], exportCommand = new long[runs];
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(System.getProperty("bench.jar", "target/masthead.jar"))
                .toAbsolutePath()
                .toString();
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            ArticleChecker.check(ArticleFiles.read(md), profile);
            long t1 = System.nanoTime();
            List<ExportJob.Result> r = new ExportJob(out, false, true).run(List.of(md), (d, t, c) -> {}, x -> {});
            if (r.get(0).failed()) throw new IllegalStateException(r.get(0).error());
            long t2 = System.nanoTime();
            // The floor: the Markdown library parsing and rendering the same body, nothing else.
            String body = text.substring(text.indexOf("\n---\n") + 5);
            MarkdownRenderer.get().render(new String(body), 1, s -> s, false);
            long t3 = System.nanoTime();
            // What a writer waits for: the whole command, a fresh JVM with its start.
            long c = ThroughputBenchmark.run(List.of(java, "-jar", jar, "check", md.toString()), site);
            long e = ThroughputBenchmark.run(
                    List.of(
                            java,
                            "-jar",
                            jar,
                            "export",
                            md.toString(),
                            "-o",
                            out.resolve("cmd").toString()),
                    site);
            if (i >= 0) {
                check[i] = t1 - t0;
                export[i] = t2 - t1;
                floor[i] = t3 - t2;
                checkCommand[i] = c;
                exportCommand[i] = e;
            }
        }
        return List.of(
                String.format(Locale.ROOT, "50 MB article (%,d bytes):", text.length()),
                line("  check from disk", check, floor, "parse + render of the body alone"),
                line("  export from disk (check, page, write)", export, floor, "parse + render of the body alone"),
                line("  masthead check FILE, whole process", checkCommand, floor, "parse + render in process"),
                line("  masthead export FILE, whole process", exportCommand, floor, "parse + render in process"));
    }

    private static String line(String what, long[] ours, long[] floor, String floorName) {
        Stats o = Stats.ofNanos(ours), f = Stats.ofNanos(floor);
        return String.format(
                Locale.ROOT, "%s: %s; %s: %s; ratio of medians %.2f", what, o, floorName, f, o.median() / f.median());
    }
}
