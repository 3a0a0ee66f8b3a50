package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.masthead.publish.ExportJob;
import org.masthead.site.IndexCache;
import org.masthead.site.SiteEntry;
import org.masthead.site.SiteFilter;
import org.masthead.site.SiteIndexer;

/**
 * {@code mvn -B -Pbench verify}: the site index on a generated site of {@code bench.site.articles}
 * (10,000) articles of about 10 KB. Indexing with checks, cold, is measured against {@code hugo}
 * building the same files (when hugo is installed), the two alternating in one run, as a ratio of
 * medians; then the warm reopen from the cache, filtering as a writer types, tag suggestions as a
 * writer types, and the memory the entries take.
 */
public final class SiteBenchmark {
    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.site.articles", 10_000);
        int rounds = Integer.getInteger("bench.site.rounds", 3);
        Path site = Files.createTempDirectory("masthead-site-bench");
        List<String> report = new ArrayList<>();
        try {
            generate(site, count);
            report.add("Masthead site benchmark: " + count + " articles of ~10 KB, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            boolean hugo = hugoInstalled();
            long[] index = new long[rounds], build = new long[rounds], export = new long[rounds];
            List<SiteEntry> entries = List.of();
            Path pages = Files.createTempDirectory("masthead-site-pages");
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                entries = new SiteIndexer().index(site, (d, t) -> {}, () -> false);
                index[r] = System.nanoTime() - t0;
                if (hugo) build[r] = hugoBuild(site);
                t0 = System.nanoTime();
                new ExportJob(pages, false).run(List.of(site), (d, t, f) -> {}, x -> {});
                export[r] = System.nanoTime() - t0;
            }
            BenchReport.delete(pages);
            Stats idx = Stats.ofNanos(index);
            report.add("index with checks, cold: " + idx
                    + String.format(Locale.ROOT, " = %.0f articles/s", count / (idx.median() / 1000)));
            if (hugo) {
                Stats h = Stats.ofNanos(build);
                report.add("hugo build of the same files: " + h
                        + String.format(Locale.ROOT, " = %.0f articles/s", count / (h.median() / 1000)));
                report.add(String.format(
                        Locale.ROOT,
                        "ratio Masthead index / hugo build (median time): %.2f (<= 1 means at least hugo's rate)",
                        idx.median() / h.median()));
                Stats e = Stats.ofNanos(export);
                report.add("export of every page (checks, then pages; masthead export DIR): " + e
                        + String.format(
                                Locale.ROOT,
                                " = %.0f articles/s; ratio to the hugo build %.2f",
                                count / (e.median() / 1000),
                                e.median() / h.median()));
            } else {
                report.add("hugo is not installed: the peer measure is skipped (apt install hugo)");
            }
            IndexCache cache = new IndexCache(Files.createTempDirectory("masthead-site-cache"));
            String stamp = SiteIndexer.stamp(site);
            cache.store(site, stamp, entries);
            long[] warm = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                List<SiteEntry> cached = cache.load(site, stamp).orElseThrow();
                long shown = System.nanoTime() - t0;
                new SiteIndexer().refresh(site, cached, (d, t) -> {}, () -> false);
                warm[r] = shown;
            }
            report.add("warm reopen, cache read until the table can show (target <= 1 s): " + Stats.ofNanos(warm));
            report.add("filter " + count + " rows per keystroke (typing 'harbour tide', target <= 50 ms): "
                    + filtering(entries));
            report.addAll(SuggestionBench.measure(count));
            report.add(String.format(
                    Locale.ROOT, "memory of %d entries: %.1f MB (target <= 200 MB)", count, memoryOf(site) / 1e6));
            BenchReport.publish(report, "site.txt");
        } finally {
            BenchReport.delete(site);
        }
    }

    static void generate(Path site, int count) throws IOException {
        Files.writeString(
                site.resolve("masthead.yml"), "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n");
        Files.writeString(
                site.resolve("hugo.toml"),
                "baseURL = 'https://bench.example/'\ntitle = 'Bench'\n"
                        + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(
                layouts.resolve("single.html"),
                "<html><head><title>{{ .Title }}</title></head>" + "<body>{{ .Content }}</body></html>\n");
        Files.writeString(layouts.resolve("list.html"), "<html><body>{{ .Title }}</body></html>\n");
        Path posts = Files.createDirectories(site.resolve("content/posts"));
        for (int i = 0; i < count; i++) {
            Files.writeString(
                    posts.resolve("post-" + i + ".md"), SyntheticArticles.article("Article " + i, 10 * 1024, i));
        }
    }

    private static boolean hugoInstalled() {
        try {
            return new ProcessBuilder("hugo", "version")
                            .redirectErrorStream(true)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static long hugoBuild(Path site) throws Exception {
        Path out = Files.createTempDirectory("masthead-hugo-out");
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("hugo", "--quiet", "--source", site.toString(), "--destination", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IllegalStateException("hugo failed");
        long t = System.nanoTime() - t0;
        BenchReport.delete(out);
        return t;
    }

    private static Stats filtering(List<SiteEntry> entries) {
        String typed = "harbour tide";
        long[] nanos = new long[typed.length() * 5];
        int n = 0;
        for (int round = 0; round < 5; round++) {
            for (int k = 1; k <= typed.length(); k++) {
                SiteFilter f = new SiteFilter(
                        typed.substring(0, k), false, false, false, "", LocalDate.now(), ZoneId.systemDefault());
                long t0 = System.nanoTime();
                long kept = entries.stream().filter(f::matches).count();
                nanos[n++] = System.nanoTime() - t0;
                if (kept < 0) throw new AssertionError();
            }
        }
        return Stats.ofNanos(nanos);
    }

    /** Heap taken by the entries: used memory with them held minus without, after collections. */
    private static long memoryOf(Path site) throws IOException {
        long before = usedAfterGc();
        List<SiteEntry> held = new SiteIndexer().index(site, (d, t) -> {}, () -> false);
        long after = usedAfterGc();
        if (held.isEmpty()) throw new AssertionError();
        return after - before;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
