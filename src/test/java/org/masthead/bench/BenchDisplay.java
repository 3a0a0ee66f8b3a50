package org.masthead.bench;

import java.io.IOException;
import java.util.List;

/** The X display a benchmark's windows go to: DISPLAY when there is one, else an Xvfb of the benchmark's own. */
final class BenchDisplay implements AutoCloseable {
    private final String name;
    private final Process xvfb;

    private BenchDisplay(String name, Process xvfb) {
        this.name = name;
        this.xvfb = xvfb;
    }

    /** DISPLAY, or an Xvfb started on {@code own} (":94"); each benchmark its own number, so two can run at once. */
    static BenchDisplay open(String own) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display != null) return new BenchDisplay(display, null);
        Process x = new ProcessBuilder("Xvfb", own, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread.sleep(1500);
        return new BenchDisplay(own, x);
    }

    String name() {
        return name;
    }

    /** A process that opens its windows on {@code display}, its errors in with its output. */
    static ProcessBuilder process(String display, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DISPLAY", display);
        return pb;
    }

    @Override
    public void close() {
        if (xvfb != null) xvfb.destroy();
    }
}
