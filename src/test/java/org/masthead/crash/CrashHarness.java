package org.masthead.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.ui.CrashTypist;

/**
 * {@code mvn -B -Pcrash verify}: starts the real app on a copy of a sample, types into it, kills
 * it with SIGKILL at a random moment (some rounds right as a save starts), starts it again over
 * the same recovery folder and checks that the article file is whole (the original or a complete
 * save, never truncated or half written) and that the recovered text holds everything typed up to
 * two seconds before the kill. Prints a line per round and a summary; exits 1 if any round failed.
 * {@code -Dcrash.rounds=N} changes the number of rounds (default 50).
 */
public final class CrashHarness {
    private static final long GRACE_MS = 2000;

    private record Typed(long atMs, int count) {}

    private record Round(
            boolean ok,
            boolean duringSave,
            int typedAtKill,
            int required,
            int recovered,
            long ageMs,
            String source,
            String problem) {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("crash.rounds", 50);
        Random random = new Random(Long.getLong("crash.seed", System.nanoTime()));
        Path work = Files.createTempDirectory("masthead-crash");
        List<Round> results = new ArrayList<>();
        try {
            for (int r = 1; r <= rounds; r++) {
                Round round;
                try {
                    round = round(work.resolve("round-" + r), random, r % 3 == 0);
                } catch (IOException e) {
                    round = new Round(false, false, 0, 0, 0, 0, "-", e.getMessage());
                }
                results.add(round);
                System.out.printf(
                        Locale.ROOT,
                        "round %2d: %s  killed %s after %d keys; %s; recovered %d keys (needed %d), %d ms old%s%n",
                        r,
                        round.ok() ? "ok  " : "FAIL",
                        round.duringSave() ? "during a save" : "while typing",
                        round.typedAtKill(),
                        round.source(),
                        round.recovered(),
                        round.required(),
                        round.ageMs(),
                        round.problem().isEmpty() ? "" : " — " + round.problem());
            }
        } finally {
            delete(work);
        }
        long failed = results.stream().filter(r -> !r.ok()).count();
        long inSave = results.stream().filter(Round::duringSave).count();
        long[] ages = results.stream().mapToLong(Round::ageMs).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "%nCrash test: %d rounds, %d failed; %d kills during a save; recovered text was at most %d ms "
                        + "older than the kill (median %d ms, p95 %d ms); requirement: at most %d ms.%n",
                results.size(),
                failed,
                inSave,
                ages[ages.length - 1],
                ages[ages.length / 2],
                ages[(int) Math.min(ages.length - 1, Math.ceil(ages.length * 0.95) - 1)],
                GRACE_MS);
        System.exit(failed == 0 ? 0 : 1);
    }

    private static Round round(Path dir, Random random, boolean killInSave) throws Exception {
        Path site = Samples.copyTo(Files.createDirectories(dir)).resolve("site");
        Path article = site.resolve("articles/winter-bread-notes.md");
        // A longer article makes each save take long enough for a kill to land inside it.
        Files.writeString(
                article,
                Files.readString(article) + "\n" + "Filler paragraph for a heavier save. ".repeat(5_000) + "\n");
        String original = Files.readString(article);
        Path recovery = Files.createDirectories(dir.resolve("recovery"));

        Process typist = start(recovery, "type", article.toString());
        // A process that never gets going is killed, and the round fails, rather than the test hanging.
        var watchdog = CompletableFuture.delayedExecutor(180, TimeUnit.SECONDS);
        CompletableFuture.runAsync(typist::destroyForcibly, watchdog);
        List<Typed> typed = new ArrayList<>();
        boolean inSave = false;
        long killAt;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(typist.getInputStream(), StandardCharsets.UTF_8))) {
            String line = waitFor(out, "READY");
            long start = System.currentTimeMillis();
            long deadline = start + 1500 + random.nextInt(6500);
            int savesToSkip = killInSave ? 1 + random.nextInt(4) : Integer.MAX_VALUE;
            while ((line = out.readLine()) != null) {
                long now = System.currentTimeMillis();
                if (line.startsWith("T ")) typed.add(new Typed(now, Integer.parseInt(line.substring(2))));
                if (line.startsWith("SAVING ")) {
                    inSave = true;
                    if (--savesToSkip == 0) break;
                }
                if (line.startsWith("SAVED ") || line.startsWith("FAILED ")) inSave = false;
                if (!killInSave && now >= deadline) break;
                if (killInSave && now >= deadline + 8000) break;
            }
            killAt = System.currentTimeMillis();
            typist.destroyForcibly(); // SIGKILL
            typist.waitFor(10, TimeUnit.SECONDS);
        }
        int typedAtKill = typed.isEmpty() ? 0 : typed.get(typed.size() - 1).count();
        int required = 0;
        for (Typed t : typed) if (t.atMs() <= killAt - GRACE_MS) required = t.count();

        String problem = "";
        String onDisk = Files.readString(article, StandardCharsets.UTF_8);
        int savedKeys = typedKeys(original, onDisk);
        if (savedKeys < 0)
            problem = "the article file is not the original nor a complete save (" + onDisk.length() + " chars)";
        try {
            Article.fromBytes(article, Files.readAllBytes(article));
        } catch (Exception e) {
            problem = "the article file does not read: " + e.getMessage();
        }

        Path restoredText = dir.resolve("recovered.txt");
        Process recover = start(recovery, "recover", article.toString(), restoredText.toString());
        CompletableFuture.runAsync(recover::destroyForcibly, CompletableFuture.delayedExecutor(180, TimeUnit.SECONDS));
        String answer;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(recover.getInputStream(), StandardCharsets.UTF_8))) {
            answer = waitFor(out, null);
        }
        recover.waitFor(60, TimeUnit.SECONDS);
        int recoveredKeys = savedKeys;
        String source = (savedKeys > 0 ? "saved with " + savedKeys + " keys" : "the original") + ", ";
        if ("RECOVERED".equals(answer)) {
            int fromDraft = typedKeys(original, Files.readString(restoredText, StandardCharsets.UTF_8));
            if (fromDraft < 0) problem = "the recovered text is not the original plus what was typed";
            recoveredKeys = Math.max(recoveredKeys, fromDraft);
            source += "draft with " + fromDraft + " keys";
        } else {
            source += "no draft";
        }
        long ageMs = 0;
        if (recoveredKeys < typedAtKill) {
            for (Typed t : typed) if (t.count() == recoveredKeys + 1) ageMs = killAt - t.atMs();
        }
        if (problem.isEmpty() && recoveredKeys < required) {
            problem =
                    "recovered " + recoveredKeys + " keys, but " + required + " were typed two seconds before the kill";
        }
        return new Round(problem.isEmpty(), inSave, typedAtKill, required, recoveredKeys, ageMs, source, problem);
    }

    /** How many keys of the typed text follow the original in {@code text}; -1 when it is anything else. */
    static int typedKeys(String original, String text) {
        if (!text.startsWith(original)) return -1;
        String rest = text.substring(original.length());
        int n = rest.codePointCount(0, rest.length());
        return CrashTypist.typed(n).equals(rest) ? n : -1;
    }

    private static Process start(Path recovery, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32",
                "-cp",
                System.getProperty("java.class.path"),
                CrashTypist.class.getName(),
                recovery.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String waitFor(BufferedReader out, String expected) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (expected == null ? (line.equals("RECOVERED") || line.equals("NODRAFT")) : line.equals(expected))
                return line;
        }
        throw new IOException(
                "the app stopped before saying " + (expected == null ? "whether it recovered" : expected));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
