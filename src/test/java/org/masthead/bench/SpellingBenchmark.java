package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.render.MarkdownRenderer;
import org.masthead.spell.DictionaryFinder;
import org.masthead.spell.LoadedDictionary;
import org.masthead.spell.Speller;

/**
 * {@code mvn -B -Pbench verify}: the spelling engine against peers in the same run. The bundled
 * en-US dictionary's load time and heap; a 10 KB article's whole check with spelling against the
 * same check without it (alternated); a 1 MB article's visible region (120 lines) against the
 * preview's render of the same lines, with a dictionary just loaded and warm; the whole 1 MB body.
 * The synthetic articles use British spellings ("harbour"), so about one word in thirty is
 * misspelt for en-US: more marks than a real article has.
 */
public final class SpellingBenchmark {
    private static final int VISIBLE_LINES = 120;

    public static void main(String[] args) throws Exception {
        Path site = Files.createTempDirectory("masthead-spelling-bench");
        try {
            Files.writeString(site.resolve("masthead.yml"), "schema: article\nsite_name: Bench\nlanguage: en-US\n");
            Path md = site.resolve("probe.md");
            SiteProfile profile = ProfileLoader.forArticle(md);
            List<String> report = new ArrayList<>();
            report.add("Masthead spelling benchmark, " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            List<LoadedDictionary> loaded = new ArrayList<>();
            report.add(loadAndHeap(loaded));
            Speller speller = new Speller(loaded.get(0), List.of(), Set.of(), true);
            Article small = Article.of(md, SyntheticArticles.article("Bench small", 10 * 1024, 42), false);
            report.add(tenKilobytes(small, profile, speller));
            String big = SyntheticArticles.article("Bench big", 1024 * 1024, 7);
            report.addAll(visibleRegion(big, loaded.get(1), speller));
            report.add(wholeBody(big, speller));
            BenchReport.publish(report, "spelling.txt");
        } finally {
            BenchReport.delete(site);
        }
    }

    /** Three fresh loads of the bundled dictionary: the time each took and the heap it holds. */
    private static String loadAndHeap(List<LoadedDictionary> keep) throws Exception {
        long[] load = new long[3];
        long[] heap = new long[3];
        for (int i = 0; i < 3; i++) {
            long before = TabsMemory.usedAfterGc();
            long t0 = System.nanoTime();
            LoadedDictionary d = LoadedDictionary.load(
                    new DictionaryFinder(List.of()).find("en-US").orElseThrow());
            load[i] = System.nanoTime() - t0;
            // The suggester's entry cache is built at the first suggestion: count it too.
            d.suggest("harbuor", 5);
            keep.add(d);
            heap[i] = TabsMemory.usedAfterGc() - before;
        }
        long[] sorted = heap.clone();
        java.util.Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "dictionary en-US (built in): load %s (the first in a cold JVM %.0f ms); heap held after a suggestion"
                        + " median %.1f MB, largest %.1f MB (target <= 50 MB)",
                Stats.ofNanos(load),
                load[0] / 1e6,
                sorted[1] / 1048576.0,
                sorted[2] / 1048576.0);
    }

    /** The check the Checks tab runs, with spelling and without, alternated so the load they see is the same. */
    private static String tenKilobytes(Article a, SiteProfile profile, Speller speller) {
        Runnable with = () -> ArticleChecker.report(a, profile, speller, 0);
        Runnable without = () -> ArticleChecker.report(a, profile, Speller.NONE, 0);
        Runnable alone = () -> speller.text(a.text());
        long[][] t = alternate(200, 600, with, without, alone);
        Stats w = Stats.ofNanos(t[0]);
        Stats wo = Stats.ofNanos(t[1]);
        return String.format(
                Locale.ROOT,
                "check 10 KB with spelling: %s; without: %s; ratio of medians %.2f, of p95 %.2f;"
                        + " spelling alone %s (target <= 50 ms)",
                w,
                wo,
                w.median() / wo.median(),
                w.p95() / wo.p95(),
                Stats.ofNanos(t[2]));
    }

    /**
     * What the editor checks when a 1 MB article opens or scrolls: the lines on screen. First with a
     * dictionary that has judged no word yet, then warm; the peer is the preview's render of the
     * same lines, alternated.
     */
    private static List<String> visibleRegion(String body, LoadedDictionary fresh, Speller warm) {
        String[] lines = body.split("\n", -1);
        Random r = new Random(3);
        Speller cold = new Speller(fresh, List.of(), Set.of(), true);
        long t0 = System.nanoTime();
        checkLines(cold, lines, lines.length / 2);
        long first = System.nanoTime() - t0;
        int[] at = new int[1];
        Runnable spell = () -> checkLines(warm, lines, at[0]);
        Runnable render = () -> MarkdownRenderer.get()
                .renderChunks(String.join("\n", List.of(lines).subList(at[0], at[0] + VISIBLE_LINES)), 1, s -> s, true);
        long[][] t = alternateAt(r, lines.length - VISIBLE_LINES, at, spell, render);
        Stats s = Stats.ofNanos(t[0]);
        Stats p = Stats.ofNanos(t[1]);
        return List.of(
                String.format(
                        Locale.ROOT,
                        "1 MB visible region (%d lines), dictionary just loaded: %.2f ms (target <= 100 ms)",
                        VISIBLE_LINES,
                        first / 1e6),
                String.format(
                        Locale.ROOT,
                        "1 MB visible region, warm: %s; the preview's render of the same lines: %s; ratio of"
                                + " medians %.2f",
                        s,
                        p,
                        s.median() / p.median()));
    }

    private static void checkLines(Speller s, String[] lines, int from) {
        for (int i = from; i < from + VISIBLE_LINES; i++) s.line(lines[i]);
    }

    /** The rest of a 1 MB article, checked in the background for the Checks tab and the count. */
    private static String wholeBody(String body, Speller speller) {
        long[][] t = alternate(1, 9, () -> speller.text(body));
        return "1 MB whole body (background): " + Stats.ofNanos(t[0]);
    }

    /** Runs the tasks in turn, {@code warm} rounds unmeasured then {@code runs} measured. */
    private static long[][] alternate(int warm, int runs, Runnable... tasks) {
        long[][] nanos = new long[tasks.length][runs];
        for (int i = 0; i < warm + runs; i++) {
            for (int k = 0; k < tasks.length; k++) {
                long t0 = System.nanoTime();
                tasks[k].run();
                if (i >= warm) nanos[k][i - warm] = System.nanoTime() - t0;
            }
        }
        return nanos;
    }

    private static long[][] alternateAt(Random r, int bound, int[] at, Runnable a, Runnable b) {
        int warm = 50;
        int runs = 300;
        long[][] nanos = new long[2][runs];
        for (int i = 0; i < warm + runs; i++) {
            at[0] = r.nextInt(bound);
            long t0 = System.nanoTime();
            a.run();
            long t1 = System.nanoTime();
            b.run();
            long t2 = System.nanoTime();
            if (i >= warm) {
                nanos[0][i - warm] = t1 - t0;
                nanos[1][i - warm] = t2 - t1;
            }
        }
        return nanos;
    }
}
