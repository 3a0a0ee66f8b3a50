package org.masthead;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Masthead's launcher in a JVM of its own, headless (Monocle), with its drafts, preferences, logs
 * and hand-over folder under one test folder. Its output is read line by line as it comes.
 */
public final class AppProcess implements Closeable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private AppProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("(output ended: " + e + ")");
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    /** The java command that runs the launcher with {@code args}, its places under {@code folder}. */
    public static List<String> command(Path folder, List<String> options, String... args) {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32",
                "-Duser.home=" + folder.resolve("home"),
                "-Dmasthead.recovery=" + folder.resolve("recovery"),
                "-Dmasthead.prefs=org/masthead/test-processes",
                "-Dmasthead.log.dir=" + folder.resolve("logs"),
                "-Dmasthead.runtime-dir=" + folder.resolve("run")));
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", classPath(), "org.masthead.Launcher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** This JVM's class path, its entries absolute: the child may run in another folder. */
    public static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Starts the launcher in {@code workingDir}. */
    public static AppProcess start(Path workingDir, List<String> command) throws IOException {
        return new AppProcess(new ProcessBuilder(command)
                .directory(workingDir.toFile())
                .redirectErrorStream(true)
                .start());
    }

    /** Waits for a line starting with {@code prefix}; what came before it, if it never came. */
    public String await(String prefix, long timeoutMs) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMs;
        StringBuilder seen = new StringBuilder();
        while (true) {
            long left = end - System.currentTimeMillis();
            boolean ended = !process.isAlive();
            String line = left <= 0 ? null : lines.poll(Math.min(left, 500), TimeUnit.MILLISECONDS);
            if (line == null && !ended && left > 0) continue;
            if (line == null)
                throw new AssertionError(
                        "no line starting \"" + prefix + "\" in " + timeoutMs + " ms; output:\n" + seen);
            if (line.startsWith(prefix)) return line;
            seen.append(line).append('\n');
        }
    }

    public Process process() {
        return process;
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
