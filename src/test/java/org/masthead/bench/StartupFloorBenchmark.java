package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code mvn -B -Pbench verify}: Masthead's start against the JavaFX floor ({@link FloorApp}), fresh
 * JVMs alternated on one X display (Xvfb when there is none), the same JVM, JavaFX and flags, on
 * the reference-shaped sample: text visible, preview painted and the resident memory once both
 * are shown (of both JVMs when the jar starts again with its class archive), as medians, p95 and the
 * ratio of medians. The first run of the jar records its archive and is not counted.
 */
public final class StartupFloorBenchmark {
    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.startup.runs", 5);
        Path jar = Path.of("target/masthead.jar").toAbsolutePath();
        Path sample =
                Path.of("samples/site/articles/reading-the-tide-tables.md").toAbsolutePath();
        List<String> report = new ArrayList<>();
        BenchDisplay x = BenchDisplay.open(":94");
        String display = x.name();
        Path home = Files.createTempDirectory("masthead-floor-home");
        try {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> flags = List.of("-Dprism.order=" + System.getProperty("prism.order", "sw"));
            recordClassArchive(java, flags, home, jar, sample, display);
            long[][] text = new long[2][runs], painted = new long[2][runs], rss = new long[2][runs];
            for (int i = 0; i < 2 * runs; i++) {
                int app = i % 2;
                List<String> cmd = new ArrayList<>(List.of(java));
                cmd.addAll(flags);
                if (app == 1) {
                    cmd.addAll(appOptions(home, jar, "-Dmasthead.startup-times=true"));
                } else {
                    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), FloorApp.Start.class.getName()));
                }
                cmd.add(sample.toString());
                Process p = BenchDisplay.process(display, cmd).start();
                try {
                    StartupLines lines = new StartupLines(p.getInputStream());
                    String prefix = app == 1 ? "startup: " : "floor: ";
                    text[app][i / 2] = StartupLines.ms(lines.await(prefix + "text visible ", 120)) * 1_000_000L;
                    painted[app][i / 2] = StartupLines.ms(lines.await(prefix + "preview painted ", 120)) * 1_000_000L;
                    // What both hold once the window has settled.
                    Thread.sleep(2000);
                    rss[app][i / 2] = ProcessTree.rssKb(p) * 1_000_000L;
                } finally {
                    ProcessTree.stop(p);
                }
            }
            report.add("Start against the JavaFX floor: " + runs + " fresh JVMs each, alternated, X display " + display
                    + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                    + System.getProperty("java.version"));
            String[] names = {"text visible", "preview painted"};
            long[][][] all = {text, painted};
            for (int k = 0; k < 2; k++) {
                Stats floor = Stats.ofNanos(all[k][0]), app = Stats.ofNanos(all[k][1]);
                report.add(String.format(
                        Locale.ROOT,
                        "%-16s floor %s | Masthead %s | ratio of medians %.2f",
                        names[k],
                        floor,
                        app,
                        app.median() / floor.median()));
            }
            // Stats reads nanoseconds as milliseconds: the KB were stored times a million.
            Stats floorRss = Stats.ofNanos(rss[0]), appRss = Stats.ofNanos(rss[1]);
            report.add(String.format(
                    Locale.ROOT,
                    "%-16s floor median %.0f MB, p95 %.0f MB | Masthead median %.0f MB, p95 %.0f MB | ratio %.2f",
                    "RSS",
                    floorRss.median() / 1024,
                    floorRss.p95() / 1024,
                    appRss.median() / 1024,
                    appRss.p95() / 1024,
                    appRss.median() / floorRss.median()));
        } finally {
            x.close();
            BenchReport.delete(home);
        }
        BenchReport.publish(report, "startup-floor.txt");
    }

    /** The jar's first start records its class archive as it exits, as a writer's first does; later ones map it. */
    static void recordClassArchive(String java, List<String> flags, Path home, Path jar, Path sample, String display)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java));
        cmd.addAll(flags);
        cmd.addAll(appOptions(home, jar, "-Dmasthead.exit-after-startup=true"));
        cmd.add(sample.toString());
        Process p = BenchDisplay.process(display, cmd)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) ProcessTree.stop(p);
    }

    /** The app's options and jar, on a home, preferences, recovery folder and cache of the benchmark's own. */
    static List<String> appOptions(Path home, Path jar, String... modes) {
        List<String> options = new ArrayList<>(List.of("-Duser.home=" + home));
        options.addAll(List.of(modes));
        options.addAll(List.of(
                "-Dmasthead.single-instance=false",
                "-Dmasthead.prefs=org/masthead/bench-floor",
                "-Dmasthead.recovery=" + home.resolve("recovery"),
                "-Dmasthead.cache=" + home.resolve("cache"),
                "-jar",
                jar.toString()));
        return options;
    }
}
