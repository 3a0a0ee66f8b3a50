package org.masthead.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A child's output read on a thread of its own, so that waiting for a line can give up. */
final class StartupLines {
    private static final String END = "\u0000end";
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    StartupLines(InputStream out) {
        Thread t = new Thread(
                () -> {
                    try (BufferedReader r = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = r.readLine()) != null) lines.add(line);
                    } catch (IOException e) {
                        // the child was stopped: nothing more to read
                    } finally {
                        lines.add(END);
                    }
                },
                "startup-lines");
        t.setDaemon(true);
        t.start();
    }

    /** The next line that starts with {@code prefix}; null when none comes in time or the output ends. */
    String await(String prefix, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = lines.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) return null;
            if (line.startsWith(prefix)) return line;
        }
    }

    /** The milliseconds of a line like "startup: text visible 1234 ms". */
    static long ms(String line) {
        if (line == null) throw new IllegalStateException("the app never printed its start-up time");
        String[] parts = line.split(" ");
        return Long.parseLong(parts[parts.length - 2]);
    }
}
