package org.masthead.cds;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalInt;

/**
 * Runs a {@link ClassArchiveStart.Plan}'s JVM with this one's input and output, waits for it and
 * gives its exit code; a recording it made becomes the archive once it exited of its own accord.
 */
public final class Relaunch {
    private static final System.Logger LOG = System.getLogger(Relaunch.class.getName());

    private Relaunch() {}

    /** The second JVM's exit code, or empty when it could not be started (then start here instead). */
    public static OptionalInt run(ClassArchiveStart.Plan plan) {
        Process child;
        try {
            if (plan.recording().isPresent())
                Files.createDirectories(plan.archive().getParent());
            ProcessBuilder pb = new ProcessBuilder(plan.command()).inheritIO();
            child = pb.start();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Starting without a class archive: " + e.getMessage());
            return OptionalInt.empty();
        }
        // A TERM to this process (a session ending) reaches the window, which then keeps its drafts.
        Thread stop = new Thread(() -> {
            child.destroy();
            try {
                child.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        try {
            code = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            code = 130;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds the child gone.
        }
        int exit = code;
        plan.recording().ifPresent(r -> keep(r, plan.archive(), exit));
        return OptionalInt.of(exit);
    }

    /** Only a JVM that exited itself (not killed by a signal) wrote its recording whole. */
    static void keep(Path recording, Path archive, int exitCode) {
        try {
            if (exitCode < 128 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                removeOlder(archive);
            } else {
                Files.deleteIfExists(recording);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Class archive not kept: " + e.getMessage());
        }
    }

    /** The same command's archives of earlier builds: never mapped again. */
    private static void removeOlder(Path archive) throws IOException {
        String name = archive.getFileName().toString();
        String prefix = name.substring(0, name.lastIndexOf('-') + 1);
        try (DirectoryStream<Path> all = Files.newDirectoryStream(archive.getParent(), prefix + "*.jsa")) {
            for (Path p : all) {
                if (!p.equals(archive) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    Files.deleteIfExists(p);
            }
        }
    }
}
