package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -B -Pbench verify}: whole-site throughput, whole process. {@code masthead export DIR}
 * and {@code masthead check DIR} on {@code bench.throughput.articles} (1,000) generated articles of
 * about 10 KB, alternated in one run with {@code hugo} building the same files (its peer), so the
 * ratio of their rates holds on a noisy machine. Each figure is a fresh JVM, start-up included.
 */
public final class ThroughputBenchmark {
    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.throughput.articles", 1_000);
        int rounds = Integer.getInteger("bench.throughput.rounds", 5);
        Path jar =
                Path.of(System.getProperty("bench.jar", "target/masthead.jar")).toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        Path site = Files.createTempDirectory("masthead-throughput");
        List<String> report = new ArrayList<>();
        try {
            SiteBenchmark.generate(site, count);
            Path content = site.resolve("content");
            report.add("Masthead throughput: " + count + " articles of ~10 KB, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            boolean hugo = run(List.of("hugo", "version"), site) >= 0;
            long[] h = new long[rounds], export = new long[rounds], check = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                // Alternated, so a busy moment on the machine falls on all three alike.
                if (hugo) {
                    Path out = Files.createTempDirectory("masthead-hugo-out");
                    h[r] = run(
                            List.of("hugo", "--quiet", "--source", site.toString(), "--destination", out.toString()),
                            site);
                    BenchReport.delete(out);
                }
                Path pages = Files.createTempDirectory("masthead-pages");
                export[r] = run(
                        List.of(java, "-jar", jar.toString(), "export", content.toString(), "-o", pages.toString()),
                        site);
                BenchReport.delete(pages);
                check[r] = run(List.of(java, "-jar", jar.toString(), "check", content.toString()), site);
            }
            line(report, "export DIR", export, count);
            line(report, "check DIR", check, count);
            if (hugo) {
                line(report, "hugo build", h, count);
                double hm = Stats.ofNanos(h).median();
                report.add(String.format(
                        Locale.ROOT,
                        "rate ratio to hugo (>= 1 means at least hugo's rate): export %.2f, check %.2f",
                        hm / Stats.ofNanos(export).median(),
                        hm / Stats.ofNanos(check).median()));
            } else {
                report.add("hugo is not installed: the peer measure is skipped (apt install hugo)");
            }
        } finally {
            BenchReport.delete(site);
        }
        BenchReport.publish(report, "throughput.txt");
    }

    private static void line(List<String> report, String what, long[] nanos, int count) {
        Stats s = Stats.ofNanos(nanos);
        report.add(String.format(Locale.ROOT, "%-11s %s = %.0f articles/s", what, s, count / (s.median() / 1000)));
    }

    /** The wall time of a process, or -1 when it cannot be started; a failure (exit > 1) stops the run. */
    static long run(List<String> command, Path dir) throws Exception {
        long t0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (java.io.IOException e) {
            return -1;
        }
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() > 1)
            throw new IllegalStateException(String.join(" ", command) + " failed: " + p.exitValue());
        return System.nanoTime() - t0;
    }
}
