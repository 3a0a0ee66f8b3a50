package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A launched app and the JVM it may start again (the jar's run with its class archive): memory is
 * that of both, and stopping it stops both.
 */
final class ProcessTree {
    private ProcessTree() {}

    /** Resident memory of the process and its descendants, in KB. */
    static long rssKb(Process p) throws IOException {
        List<ProcessHandle> all = new ArrayList<>(List.of(p.toHandle()));
        p.descendants().forEach(all::add);
        long kb = 0;
        for (ProcessHandle h : all) {
            Path status = Path.of("/proc/" + h.pid() + "/status");
            if (!Files.isReadable(status)) continue;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return kb;
    }

    static void stop(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
