package org.masthead.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.masthead.AppProcess;
import org.masthead.Samples;

/**
 * From a second launch to its article shown in the running window (headless), over repeated
 * hand-overs, against the floor: a bare JVM on the same class path that connects to the socket
 * and exits. Run with {@code mvn -B -Pbench verify}; the target is a median under 500 ms.
 */
public final class HandOverBenchmark {
    private static final int WARMUP = 3;
    private static final int RUNS = 20;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("masthead-handover-bench");
        Path samples = Samples.copyTo(dir);
        Path[] articles = {
            samples.resolve("site/articles/winter-bread-notes.md"),
            samples.resolve("site/articles/reading-the-tide-tables.md")
        };
        long[] shown = new long[RUNS];
        long[] exited = new long[RUNS];
        long[] floor = new long[RUNS];
        try (AppProcess app = AppProcess.start(
                dir, AppProcess.command(dir, List.of("-Dmasthead.startup-times=true"), articles[1].toString()))) {
            app.await("startup: preview painted", 120_000);
            for (int i = 0; i < WARMUP + RUNS; i++) {
                Path article = articles[i % 2];
                long t0 = System.nanoTime();
                long wall0 = System.currentTimeMillis();
                AppProcess second = AppProcess.start(dir, AppProcess.command(dir, List.of(), article.toString()));
                String line = app.await("handover: shown " + article + " at ", 30_000);
                long shownAt = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
                if (!second.process().waitFor(30, TimeUnit.SECONDS)
                        || second.process().exitValue() != 0)
                    throw new IllegalStateException("the second launch did not exit with 0");
                long t2 = System.nanoTime();
                if (i >= WARMUP) {
                    shown[i - WARMUP] = (shownAt - wall0) * 1_000_000L;
                    exited[i - WARMUP] = t2 - t0;
                }
            }
            Path socket = dir.resolve("run").resolve("masthead.sock");
            for (int i = 0; i < WARMUP + RUNS; i++) {
                List<String> cmd = List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        AppProcess.classPath(),
                        BareConnect.class.getName(),
                        socket.toString());
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).inheritIO().start();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0)
                    throw new IllegalStateException("the bare JVM could not connect");
                if (i >= WARMUP) floor[i - WARMUP] = System.nanoTime() - t0;
            }
        }
        Stats s = Stats.ofNanos(shown);
        Stats f = Stats.ofNanos(floor);
        List<String> report = new ArrayList<>();
        report.add("Masthead hand-over benchmark (headless, " + RUNS + " hand-overs after " + WARMUP + " warm-up)");
        report.add("second launch to article shown in the running window: " + s);
        report.add("second launch to its exit: " + Stats.ofNanos(exited));
        report.add("floor, a bare JVM that connects and exits: " + f);
        report.add(String.format(
                java.util.Locale.ROOT,
                "hand-over over the floor: median %.2f ms; target: median under 500 ms: %s",
                s.median() - f.median(),
                s.median() < 500 ? "met" : "NOT met"));
        report.forEach(System.out::println);
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Files.write(out.resolve("handover.txt"), report);
        System.exit(0);
    }

    /** The floor: start, connect, exit. */
    public static final class BareConnect {
        private BareConnect() {}

        public static void main(String[] args) throws Exception {
            try (var ch = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
                ch.connect(java.net.UnixDomainSocketAddress.of(args[0]));
            }
        }
    }
}
