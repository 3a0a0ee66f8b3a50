package org.masthead.fuzz;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.cli.CliRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code masthead new} on random titles, values and {@code new_article} rules (odd tokens, {@code ..}, links out
 * of the site, templates with aliases, tokens and delimiters in odd places): it writes an article that parses, with
 * the title it was given, inside the site, or refuses with a message; it never fails inside, and never writes
 * outside. {@code -Dnew.cases=N} runs more; a failure prints the {@code -Dfuzz.seed} and {@code -Dnew.case}.
 */
class NewArticleFuzzTest {
    private static final int CASES = Integer.getInteger("new.cases", 60);
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int ONLY = Integer.getInteger("new.case", -1);
    private static final String[] PIECES = {
        "Tide",
        "ß",
        "İı",
        "ﬁ",
        "'",
        "\"",
        "“",
        "&",
        ":",
        ": ",
        " #",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "{title}",
        "{url}",
        "{slug}",
        "\\",
        "\t",
        "\n",
        "\r\n",
        "---",
        "...",
        "*a",
        "&a ",
        "!!str ",
        "%",
        "@",
        "`",
        "🌊",
        "東京",
        "مرحبا",
        "\u0000",
        "\u001b[31m",
        "\u2028",
        "\u0085",
        "\uFEFF",
        "\uD800",
        " ",
        "  ",
        "yes",
        "null",
        "2024",
        "~",
        "|",
        ">"
    };
    private static final String[] FOLDERS = {
        "articles", "posts/{yyyy}", "../out", "/abs", "link-out", "link-out/deeper", "a/../b", "", "link-in"
    };
    private static final String[] FILES = {
        "{slug}.md", "{yyyy}/{mm}/{dd}-{slug}.md", "{slug}", "../{slug}.md", "{bad}.md", "{slug}/index.md", ""
    };
    private static final String[] DRAFT_KEYS = {"draft", "published", "title", "tags", "a b", "k: v", "none", ""};
    private static final String[] TEMPLATES = {
        "---\ntitle: \"{title}\"\ntags: [a, \"{slug}\"]\n---\n# {title}\n\n{url}\n",
        "---\nbase: &b {title}\ncopy: *b\n---\nbody\n",
        "no header at all, {title}\n",
        "---\nnested:\n  deep: \"{title}\"\n---\n---\nnot a header\n",
        "---\ntitle: [unclosed\n---\n",
        "---\n# only a comment\n---\n",
        "---\r\ntitle: '{title}'\r\n---\r\nCRLF body {date}\r\n"
    };

    @TempDir
    Path dir;

    @Test
    void randomTitlesValuesAndRulesWriteAParsedArticleInsideTheSiteOrRefuse() throws Exception {
        for (int i = ONLY >= 0 ? ONLY : 0; i < (ONLY >= 0 ? ONLY + 1 : CASES); i++) {
            Random r = new Random(FuzzFailures.caseSeed(SEED, i));
            Path root = Files.createDirectories(dir.resolve("case" + i));
            List<String> args = new ArrayList<>();
            try {
                String plan = build(root, r);
                args.addAll(
                        List.of("new", root.resolve("site").toString(), "--title", text(r), "--date", "2026-11-29"));
                for (int k = r.nextInt(3); k > 0; k--) args.addAll(List.of("--set", key(r) + "=" + text(r)));
                if (r.nextInt(4) == 0) args.add("--dry-run");
                exercise(root, args, plan);
            } catch (AssertionError | RuntimeException e) {
                String replay = "mvn -B test -Dtest=NewArticleFuzzTest -Dfuzz.seed=" + SEED + " -Dnew.case=" + i;
                // Escaped: a NUL in the message would cut the report short at the arguments.
                StringBuilder shown = new StringBuilder();
                args.toString()
                        .chars()
                        .forEach(c -> shown.append(
                                c >= ' ' && c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
                throw new AssertionError("case " + i + " " + shown + "; replay with: " + replay, e);
            }
        }
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int n = 1 + r.nextInt(6); n > 0; n--) sb.append(PIECES[r.nextInt(PIECES.length)]);
        return sb.toString();
    }

    /** A key of random text, or one with dots that may look nested (the templates have title and nested.deep). */
    private static String key(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "nested.deep";
            case 1 -> "title." + text(r);
            default -> "k" + text(r);
        };
    }

    private static String build(Path root, Random r) throws Exception {
        Path site = Files.createDirectories(root.resolve("site"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.createSymbolicLink(site.resolve("link-out"), outside);
        Files.createDirectories(site.resolve("inner"));
        Files.createSymbolicLink(site.resolve("link-in"), site.resolve("inner"));
        StringBuilder yml = new StringBuilder(r.nextBoolean() ? "schema: hugo\n" : "base_url: https://x.example\n");
        yml.append("new_article:\n");
        yml.append("  folder: \"").append(FOLDERS[r.nextInt(FOLDERS.length)]).append("\"\n");
        yml.append("  file: \"").append(FILES[r.nextInt(FILES.length)]).append("\"\n");
        if (r.nextBoolean()) {
            Files.writeString(site.resolve("t.md"), TEMPLATES[r.nextInt(TEMPLATES.length)]);
            yml.append("  template: t.md\n");
        }
        if (r.nextInt(3) == 0)
            yml.append("  draft_key: \"")
                    .append(DRAFT_KEYS[r.nextInt(DRAFT_KEYS.length)])
                    .append("\"\n");
        Files.writeString(site.resolve("masthead.yml"), yml.toString());
        return yml.toString();
    }

    private static void exercise(Path root, List<String> args, String plan) throws Exception {
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        String what = plan + "\n" + r.err();
        assertThat(r.err()).as(what).doesNotContain("Exception").doesNotStartWith("masthead: ");
        assertThat(root.resolve("outside")).as(what).isEmptyDirectory();
        String title = args.get(3).strip();
        if (title.isEmpty()) {
            assertThat(r.code()).as(what).isEqualTo(2);
            return;
        }
        if (r.err().contains("changes top-level keys only")) {
            assertThat(r.code()).as(what).isEqualTo(2);
            assertThat(r.err()).as(what).contains("nothing was written");
            return;
        }
        assertThat(r.code()).as(what).isIn(0, 1);
        if (r.code() != 0) {
            assertThat(r.err()).as(what).startsWith("masthead new: ");
            return;
        }
        Path file = Path.of(r.out().lines().findFirst().orElseThrow());
        Path site = root.resolve("site").toRealPath();
        if (args.contains("--dry-run")) {
            assertThat(file).as(what).doesNotExist();
            return;
        }
        assertThat(file.toRealPath().startsWith(site)).as(what + file).isTrue();
        assertThat(Files.isSymbolicLink(file)).isFalse();
        Article a = Article.fromBytes(file, Files.readAllBytes(file));
        assertThat(a.headerError()).as(what).isEmpty();
        assertThat(a.requireFrontMatter().text("title")).as(what).isEqualTo(title);
        try (Stream<Path> files = Files.walk(root.resolve("site"))) {
            assertThat(files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                            .filter(p -> p.getFileName().toString().endsWith(".tmp")))
                    .as("no temporary file is left")
                    .isEmpty();
        }
    }
}
