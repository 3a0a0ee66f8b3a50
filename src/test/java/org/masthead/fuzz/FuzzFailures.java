package org.masthead.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a failing fuzz case is kept after the run ({@code target/fuzz-failures/}), beside a note
 * saying how to replay it; a temporary folder would be gone by the time anyone looks.
 */
final class FuzzFailures {
    static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "target", "fuzz-failures");

    private FuzzFailures() {}

    /** Seed of case {@code index} alone, so that one case can be replayed without the ones before it. */
    static long caseSeed(long runSeed, int index) {
        return runSeed ^ (index * 0x9E3779B97F4A7C15L);
    }

    /** Keeps the case's bytes and a note with the replay command; returns the note's text. */
    static String keep(Path folder, String name, byte[] bytes, String replay, Throwable failure) {
        String note = "Replay with: " + replay + "\n" + failure + "\n";
        try {
            Files.createDirectories(folder);
            Path kept = Files.write(folder.resolve(name), bytes);
            Files.writeString(folder.resolve(name + ".txt"), note);
            note = "kept as " + kept.toAbsolutePath() + "; " + note;
        } catch (IOException e) {
            note = "could not keep the case (" + e + "); " + note;
        }
        System.err.println(note);
        return note;
    }
}
