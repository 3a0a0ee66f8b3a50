package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -B -Pbench verify}: typing against the JavaFX floor ({@link FloorApp}), real key input
 * on an X display (DISPLAY, else an Xvfb of its own) sent with {@code xdotool}, one key at a time,
 * each once the one before has been measured. Both programs measure a key the same way, from the
 * editor's {@code KEY_PRESSED} filter to the first post-layout pulse after the page shows it, and
 * print it: the app with {@code -Dmasthead.trace-latency=true}, the floor after one
 * {@code executeScript} that sets its page's text. Fresh JVMs, floor and app alternated, a 10 KB
 * and a 1 MB article; medians, p95 and the ratios of both.
 */
public final class TypingFloorBenchmark {
    private static final int WARM = 5;

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.typing.rounds", 3);
        int keys = Integer.getInteger("bench.typing.keys", 40);
        Path jar = Path.of("target/masthead.jar").toAbsolutePath();
        Path home = Files.createTempDirectory("masthead-typing-home");
        Path site = Files.createDirectories(home.resolve("site"));
        Files.writeString(
                site.resolve("masthead.yml"), "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n");
        List<String> report = new ArrayList<>();
        try (BenchDisplay display = BenchDisplay.open(":95")) {
            if (!xdotool(display.name(), "version")) {
                report.add("typing against the floor: skipped (xdotool is not installed: apt install xdotool)");
            } else {
                String java =
                        Path.of(System.getProperty("java.home"), "bin", "java").toString();
                List<String> flags = List.of("-Dprism.order=" + System.getProperty("prism.order", "sw"));
                report.add("Typing against the JavaFX floor: " + rounds + " fresh JVMs each, alternated, " + keys
                        + " keys each after " + WARM + " unmeasured, X display " + display.name() + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, Java "
                        + System.getProperty("java.version"));
                for (int size : new int[] {10 * 1024, 1024 * 1024}) {
                    Path md = site.resolve("typing-" + size + ".md");
                    Files.writeString(md, SyntheticArticles.article("Typing " + size, size, 7));
                    StartupFloorBenchmark.recordClassArchive(java, flags, home, jar, md, display.name());
                    long[][] all = new long[2][rounds * keys];
                    for (int i = 0; i < 2 * rounds; i++) {
                        int app = i % 2;
                        List<String> cmd = new ArrayList<>(List.of(java));
                        cmd.addAll(flags);
                        if (app == 1) {
                            // A stopped run leaves its typed keys as drafts, and its tabs: the next starts afresh.
                            BenchReport.delete(home.resolve("recovery"));
                            BenchReport.delete(home.resolve(".java"));
                            cmd.addAll(StartupFloorBenchmark.appOptions(
                                    home, jar, "-Dmasthead.startup-times=true", "-Dmasthead.trace-latency=true"));
                        } else {
                            cmd.addAll(List.of(
                                    "-cp", System.getProperty("java.class.path"), FloorApp.Start.class.getName()));
                        }
                        cmd.add(md.toString());
                        long[] one = typeInto(cmd, app == 1, display.name(), keys);
                        System.arraycopy(one, 0, all[app], (i / 2) * keys, keys);
                    }
                    Stats floor = Stats.ofNanos(all[0]), ours = Stats.ofNanos(all[1]);
                    report.add(String.format(
                            Locale.ROOT,
                            "%s article, key to preview: floor %s | Masthead %s | ratio of medians %.2f, of p95 %.2f",
                            size >= 1024 * 1024 ? "1 MB" : "10 KB",
                            floor,
                            ours,
                            ours.median() / floor.median(),
                            ours.p95() / floor.p95()));
                }
            }
        } finally {
            BenchReport.delete(home);
        }
        BenchReport.publish(report, "typing-floor.txt");
    }

    /** Starts a program, waits for its page, types {@code WARM + keys} keys and returns the last {@code keys}. */
    private static long[] typeInto(List<String> cmd, boolean app, String display, int keys) throws Exception {
        Process p = BenchDisplay.process(display, cmd).start();
        try {
            StartupLines lines = new StartupLines(p.getInputStream());
            String painted = (app ? "startup: " : "floor: ") + "preview painted ";
            if (lines.await(painted, 180) == null) throw new IllegalStateException(cmd + " never showed its page");
            // Keys go to the window under the pointer (no window manager gives focus).
            Thread.sleep(1000);
            xdotool(display, "mousemove", "750", "460");
            String measured = app ? "latency: key->preview " : "floor: latency key->preview ";
            long[] out = new long[keys];
            for (int k = 0; k < WARM + keys; k++) {
                String key = k % 7 == 6 ? "space" : String.valueOf((char) ('a' + k % 26));
                if (!xdotool(display, "key", "--clearmodifiers", key))
                    throw new IllegalStateException("xdotool could not type");
                String line = lines.await(measured, 60);
                if (line == null) throw new IllegalStateException("key " + k + " was never measured: " + cmd);
                if (k >= WARM) out[k - WARM] = Math.round(millis(line) * 1e6);
            }
            return out;
        } finally {
            ProcessTree.stop(p);
        }
    }

    /** The milliseconds of a line like "latency: key->preview 12.5 ms". */
    static double millis(String line) {
        String[] parts = line.split(" ");
        return Double.parseDouble(parts[parts.length - 2]);
    }

    private static boolean xdotool(String display, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = BenchDisplay.process(display, cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
