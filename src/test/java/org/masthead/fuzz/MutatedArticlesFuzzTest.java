package org.masthead.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.cards.CardSet;
import org.masthead.check.ArticleChecker;
import org.masthead.export.HtmlExporter;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;
import org.masthead.source.SourceException;
import org.masthead.spell.Speller;
import org.masthead.spell.SpellingForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Mutated samples (random bytes, cut headers, doubled delimiters, odd line endings, long lines,
 * invalid UTF-8, and the hostile classes of {@link HostileMutations}) go through loading, checks,
 * rendering, export, cards and a no-change save. None may hang, throw anything but our own clear
 * error, or lose a byte of the text. {@code -Dfuzz.cases=N} (the {@code fuzz} profile) runs more
 * than the default; a failing case is kept in {@code target/fuzz-failures/} with the
 * {@code -Dfuzz.seed} and {@code -Dfuzz.case} that replay it.
 */
class MutatedArticlesFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 600);
    private static final long SEED = Long.getLong("fuzz.seed", 20261128L);
    private static final int ONLY = Integer.getInteger("fuzz.case", -1);

    @TempDir
    Path dir;

    @Test
    void mutatedArticlesNeverHangThrowOrLoseText() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        List<SiteProfile> profiles = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (Path p : Samples.articles()) {
            seeds.add(Files.readAllBytes(p));
            profiles.add(ProfileLoader.forArticle(p));
            paths.add(p);
        }
        // A hang guard, not a timing: the default run takes well under a minute.
        Assertions.assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            for (int i = ONLY >= 0 ? ONLY : 0; i < (ONLY >= 0 ? ONLY + 1 : CASES); i++) {
                Random random = new Random(FuzzFailures.caseSeed(SEED, i));
                int s = random.nextInt(seeds.size());
                String how = Mutations.pick(random);
                byte[] bytes = Mutations.apply(how, seeds.get(s), random);
                long t0 = System.nanoTime();
                try {
                    exercise(paths.get(s), bytes, profiles.get(s), i % 4 == 0);
                } catch (AssertionError | RuntimeException | StackOverflowError e) {
                    String replay =
                            "mvn -B test -Dtest=MutatedArticlesFuzzTest -Dfuzz.seed=" + SEED + " -Dfuzz.case=" + i;
                    String note = FuzzFailures.keep(
                            FuzzFailures.FOLDER, "mutated-" + SEED + "-" + i + ".md", bytes, replay, e);
                    fail(
                            "case " + i + " (seed " + SEED + ", " + how + " of "
                                    + paths.get(s).getFileName() + "): " + note,
                            e);
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                // A guard against runaway work, far above the few milliseconds a case takes.
                assertThat(ms)
                        .as("case " + i + " (" + how + ") took " + ms + " ms")
                        .isLessThan(20_000);
            }
        });
    }

    @Test
    void scriptUrlsHoweverSpeltAreWarnedAndNeverLive() throws Exception {
        // The body is checked only under a header that parses, so the samples broken on purpose are left out.
        List<Path> samples = Samples.parseable();
        Random random = new Random(SEED);
        for (int i = 0; i < Math.max(300, CASES / 5); i++) {
            ScriptUrlSpellings.verify(
                    samples.get(random.nextInt(samples.size())), ScriptUrlSpellings.next(random), dir);
        }
    }

    private static Speller english;

    private static synchronized Speller english() throws java.io.IOException {
        if (english == null) english = new Speller(SpellingForTests.english(), List.of(), java.util.Set.of(), true);
        return english;
    }

    private void exercise(Path path, byte[] bytes, SiteProfile profile, boolean spelling) throws Exception {
        // Strict loading fails only with our error, naming the place.
        try {
            Article.fromBytes(path, bytes);
        } catch (SourceException e) {
            assertThat(e.getMessage()).startsWith(path + ":" + e.line() + ":" + e.column() + ": ");
        }
        Article a = Article.fromBytesAnyEncoding(path, bytes).article();
        // A no-change save writes the very bytes read: nothing lost, nothing replaced.
        assertThat(a.toBytes()).isEqualTo(bytes);
        assertThat(a.text()).endsWith(a.body());
        ArticleChecker.check(a, profile);
        // Spelling too (every fourth case, for the run's time): a long or odd line stays linear.
        if (spelling) ArticleChecker.check(a, profile, english(), 0);
        String html = ArticleRenderer.render(a, profile, PageOptions.preview(f -> "x"))
                .html();
        assertThat(html).contains("<article");
        try {
            HtmlExporter.html(a, profile, dir.resolve("out.html"), false, new ArrayList<>());
            CardSet.of(a, profile, CardSet.XCard.PAGE);
        } catch (SourceException e) {
            assertThat(a.headerError())
                    .as("only a header that does not parse stops export and cards")
                    .isPresent();
        }
    }

    /** The ways a file gets broken, by people, tools and transfers. */
    static final class Mutations {
        static final String[] KINDS = {
            "bytes",
            "cut",
            "delimiters",
            "line-ends",
            "long-line",
            "invalid-utf8",
            "aliases",
            "deep-nesting",
            "many-keys",
            "unicode-breaks",
            "mixed"
        };

        static String pick(Random r) {
            return KINDS[r.nextInt(KINDS.length)];
        }

        static byte[] apply(String kind, byte[] in, Random r) {
            return switch (kind) {
                case "bytes" -> bytes(in, r);
                case "cut" -> Arrays.copyOf(in, r.nextInt(Math.min(in.length, 1500) + 1));
                case "delimiters" -> text(delimiters(new String(in, StandardCharsets.UTF_8), r));
                case "line-ends" -> text(lineEnds(new String(in, StandardCharsets.UTF_8), r));
                case "long-line" -> text(longLine(new String(in, StandardCharsets.UTF_8), r));
                case "invalid-utf8" -> invalid(in, r);
                case "aliases", "deep-nesting", "many-keys", "unicode-breaks" -> HostileMutations.apply(kind, in, r);
                default -> {
                    byte[] b = in;
                    for (int k = 0; k < 3; k++) b = apply(KINDS[r.nextInt(KINDS.length - 1)], b, r);
                    yield b;
                }
            };
        }

        private static byte[] text(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] bytes(byte[] in, Random r) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int edits = 1 + r.nextInt(8);
            int[] at = r.ints(edits, 0, Math.max(1, in.length)).sorted().toArray();
            int e = 0;
            for (int i = 0; i < in.length; i++) {
                while (e < at.length && at[e] == i) {
                    switch (r.nextInt(3)) {
                        case 0 -> out.write(r.nextInt(256)); // insert
                        case 1 -> i++; // delete
                        default -> {
                            out.write(r.nextInt(256));
                            i++;
                        } // replace
                    }
                    e++;
                }
                if (i < in.length) out.write(in[i]);
            }
            return out.toByteArray();
        }

        private static String delimiters(String s, Random r) {
            String[] lines = s.split("\n", -1);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (r.nextInt(6) == 0)
                    sb.append(r.nextBoolean() ? "---" : "...").append('\n');
                if (lines[i].equals("---") && r.nextInt(3) == 0) sb.append("---\n");
                sb.append(lines[i]);
                if (i < lines.length - 1) sb.append('\n');
            }
            return sb.toString();
        }

        private static String lineEnds(String s, Random r) {
            StringBuilder sb = new StringBuilder();
            for (char c : s.toCharArray()) {
                if (c == '\n') {
                    switch (r.nextInt(4)) {
                        case 0 -> sb.append("\r\n");
                        case 1 -> sb.append('\r');
                        case 2 -> sb.append("\n\r");
                        default -> sb.append('\n');
                    }
                } else {
                    sb.append(c);
                }
            }
            return sb.toString();
        }

        private static String longLine(String s, Random r) {
            int at = r.nextInt(s.length() + 1);
            // Runs that a pattern could scan again from each start: labels, template tags, addresses, tags.
            // (Unclosed code spans and long hyphenated runs are left out: flexmark's own parse of 100 KB of
            // them takes ten seconds, a known cost of the pipeline, not of these checks.)
            String[] runs = {"word ", "x", "[^", "{{ ", "a@", "<a "};
            String run = runs[r.nextInt(runs.length)];
            String filler = run.repeat((50_000 + r.nextInt(100_000)) / run.length());
            return s.substring(0, at) + filler + s.substring(at);
        }

        private static byte[] invalid(byte[] in, Random r) {
            byte[][] bad = {
                {(byte) 0xC3},
                {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xFF},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {0}
            };
            int at = r.nextInt(in.length + 1);
            byte[] b = bad[r.nextInt(bad.length)];
            byte[] out = new byte[in.length + b.length];
            System.arraycopy(in, 0, out, 0, at);
            System.arraycopy(b, 0, out, at, b.length);
            System.arraycopy(in, at, out, at + b.length, in.length - at);
            return out;
        }
    }
}
