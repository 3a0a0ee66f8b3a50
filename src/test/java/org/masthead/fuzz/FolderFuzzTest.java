package org.masthead.fuzz;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random site folders with clashing names (a.md beside a.markdown, the same name in two folders),
 * links of every kind (out of the site, to folders, loops, broken, a second name for an article)
 * and files already where pages go (someone's page, a link to an article, a folder). Export and
 * check run over each: no file that was there is changed unless it is a Masthead page, nothing
 * outside is touched, every exported article has a page of its own, and JSON stays valid.
 * {@code -Dfolder.cases=N} runs more (the {@code fuzz} profile runs 1,000); a failure prints the
 * {@code -Dfuzz.seed} and {@code -Dfolder.case} that replay it.
 */
class FolderFuzzTest {
    private static final int CASES = Integer.getInteger("folder.cases", 40);
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int ONLY = Integer.getInteger("folder.case", -1);
    private static final String[] NAMES = {
        "a.md", "a.markdown", "A.md", "b.md", "sub/a.md", "sub/b.markdown", "sub/deeper/a.md", "c.MD", "d.md"
    };
    private static final Pattern EXPORTED = Pattern.compile("Exported (\\d+) of (\\d+)");

    @TempDir
    Path dir;

    @Test
    void randomFoldersNeverLoseAFileOrShareAPage() throws Exception {
        for (int i = ONLY >= 0 ? ONLY : 0; i < (ONLY >= 0 ? ONLY + 1 : CASES); i++) {
            Random random = new Random(FuzzFailures.caseSeed(SEED, i));
            Path root = Files.createDirectories(dir.resolve("case" + i));
            String plan = build(root, random);
            try {
                exercise(root, random.nextBoolean(), random.nextInt(3) == 0);
            } catch (AssertionError | RuntimeException e) {
                String replay = "mvn -B test -Dtest=FolderFuzzTest -Dfuzz.seed=" + SEED + " -Dfolder.case=" + i;
                String note = "case " + i + " (" + plan + "); replay with: " + replay;
                System.err.println(note);
                throw new AssertionError(note, e);
            }
        }
    }

    private static String build(Path root, Random r) throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("secret.md"), "---\ntitle: outside\n---\nNever exported.\n");
        Files.writeString(outside.resolve("notes.html"), "<p>not ours</p>");
        List<String> plan = new ArrayList<>();
        for (String n : NAMES) {
            if (r.nextInt(3) == 0) continue;
            Path p = site.resolve(n);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "---\ntitle: " + n + "\n---\n\nText of " + n + ".\n");
            plan.add(n);
        }
        String[] kinds = {
            "link-out-file",
            "link-out-dir",
            "loop",
            "broken",
            "second-name",
            "foreign-page",
            "page-link-to-article",
            "page-link-out",
            "page-is-folder",
            "link-in-dir"
        };
        int extras = r.nextInt(5);
        for (int k = 0; k < extras; k++) {
            String kind = kinds[r.nextInt(kinds.length)];
            String stem = "x" + k;
            switch (kind) {
                case "link-out-file" -> Files.createSymbolicLink(
                        site.resolve(stem + ".md"), outside.resolve("secret.md"));
                case "link-out-dir" -> Files.createSymbolicLink(site.resolve(stem), outside);
                case "loop" -> Files.createSymbolicLink(site.resolve(stem), site);
                case "broken" -> Files.createSymbolicLink(site.resolve(stem + ".md"), site.resolve("none.md"));
                case "second-name" -> Files.createSymbolicLink(
                        site.resolve(stem + ".md"), site.resolve(NAMES[r.nextInt(4)]));
                case "foreign-page" -> Files.writeString(
                        site.resolve(NAMES[r.nextInt(4)].replaceAll("\\.\\w+$", ".html")), "<p>mine</p>");
                case "page-link-to-article" -> link(site.resolve("b.html"), site.resolve("b.md"));
                case "page-link-out" -> link(site.resolve("a.html"), outside.resolve("notes.html"));
                case "page-is-folder" -> Files.createDirectories(site.resolve("d.html"));
                default -> Files.createSymbolicLink(site.resolve(stem), site.resolve("sub"));
            }
            plan.add(kind);
        }
        return String.join(", ", plan);
    }

    private static void link(Path link, Path target) throws Exception {
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, target);
    }

    private static void exercise(Path root, boolean toOutputFolder, boolean copyAssets) throws Exception {
        Path site = root.resolve("site");
        Map<Path, byte[]> before = snapshot(root);
        List<String> args = new ArrayList<>(List.of("export", site.toString()));
        if (toOutputFolder) args.addAll(List.of("-o", root.resolve("out").toString()));
        if (copyAssets) args.add("--copy-assets");
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isIn(0, 1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("internal error");
        Matcher m = EXPORTED.matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        int exported = Integer.parseInt(m.group(1));

        Map<Path, byte[]> after = snapshot(root);
        int pages = 0;
        for (Map.Entry<Path, byte[]> e : after.entrySet()) {
            byte[] old = before.get(e.getKey());
            boolean ours = new String(e.getValue(), StandardCharsets.UTF_8).contains("content=\"Masthead\"");
            if (ours && (old == null || !Arrays.equals(old, e.getValue()))) pages++;
            if (old != null && !Arrays.equals(old, e.getValue())) {
                assertThat(ours)
                        .as("changed a file that was not a Masthead page: " + e.getKey())
                        .isTrue();
                assertThat(e.getKey().toString()).doesNotEndWith(".md").doesNotEndWith(".markdown");
            }
            if (old == null)
                assertThat(e.getKey())
                        .as("new file outside the site and output")
                        .satisfiesAnyOf(p -> assertThat(p).startsWith(site), p -> assertThat(p)
                                .startsWith(root.resolve("out")));
        }
        for (Path p : before.keySet())
            assertThat(after).as("a file vanished: " + p).containsKey(p);
        // Each exported article wrote a page of its own: two never share one.
        assertThat(pages).as(r.err()).isEqualTo(exported);

        CliRunner.Result check = CliRunner.run("check", site.toString(), "--format", "json");
        JsonReader reader = new JsonReader(new StringReader(check.out()));
        reader.setStrictness(Strictness.STRICT);
        assertThat(JsonParser.parseReader(reader).isJsonArray()).isTrue();

        // The site's index lists every article the check saw, bad ones with their problem, as strict JSON.
        CliRunner.Result list = CliRunner.run("list", site.toString(), "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        JsonReader listed = new JsonReader(new StringReader(list.out()));
        listed.setStrictness(Strictness.STRICT);
        assertThat(JsonParser.parseReader(listed).isJsonArray()).isTrue();
    }

    /** Every regular file under the case folder, read without following links. */
    private static Map<Path, byte[]> snapshot(Path root) throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) files.put(p, Files.readAllBytes(p));
            }
        }
        return files;
    }
}
