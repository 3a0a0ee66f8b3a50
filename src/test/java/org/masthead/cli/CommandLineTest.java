package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path dir;

    Path samples;
    Path tides;
    Path draft;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MastheadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void copySamples() throws Exception {
        samples = Samples.copyTo(dir);
        tides = samples.resolve("site/articles/reading-the-tide-tables.md");
        draft = samples.resolve("site/articles/draft-with-problems.md");
    }

    @Test
    void helpVersionAndUsageErrors() {
        assertThat(run("--help").out()).contains("check", "export", "get", "set");
        assertThat(run("--version").out()).startsWith("Masthead ");
        Run bad = run("--frobnicate");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("Unknown option").doesNotContain("Exception");
        assertThat(run("check", "--format", "xml", tides.toString()).code()).isEqualTo(2);
        assertThat(run("set", tides.toString()).code()).isEqualTo(2);
        assertThat(run("set", tides.toString(), "novalue").code()).isEqualTo(2);
    }

    @Test
    void checkPrintsFindingsLikeACompilerAndSetsTheExitCode() {
        Run clean = run("check", tides.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.out()).isEmpty();
        Run bad = run("check", draft.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out().lines())
                .contains(draft
                        + ":10:14: error: [page_date] date '2025-13-40' is not written like 'Dec 8, "
                        + "2024' (MMM d, yyyy)");
        assertThat(bad.out().lines()).allMatch(l -> l.matches(".+:\\d+:\\d+: (error|warning|tip): .+"));
        Run folder = run("check", samples.toString());
        assertThat(folder.code()).isEqualTo(1);
        assertThat(folder.err()).contains("40 articles checked: 11 errors");
        assertThat(run("check", samples.resolve("nope.md").toString()).code()).isEqualTo(2);
    }

    @Test
    void strictCountsWarnings() throws Exception {
        Path md = dir.resolve("warn.md");
        Files.writeString(md, "---\ntitle: " + "x".repeat(61) + "\ndate: 2024-01-01\n---\nBody\n");
        assertThat(run("check", md.toString()).code()).isZero();
        assertThat(run("check", "--strict", md.toString()).code()).isEqualTo(1);
    }

    @Test
    void checkSpeaksJson() {
        Run r = run("check", "--format", "json", draft.toString());
        assertThat(r.out())
                .startsWith("[")
                .contains("\"severity\": \"error\"", "\"key\": \"page_date\"", "\"line\": 10");
    }

    @Test
    void getPrintsValues() {
        Run r = run("get", tides.toString(), "page_date");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("Mar 14, 2025" + System.lineSeparator());
        Run tags = run(
                "get",
                samples.resolve("hugo-site/content/posts/night-market-photography.md")
                        .toString(),
                "tags");
        assertThat(tags.out().lines()).containsExactly("photography", "phones", "night markets");
        Run missing = run("get", tides.toString(), "nope");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no key 'nope'");
    }

    @Test
    void setEditsOnlyTheNamedKeysAtomically() throws Exception {
        List<String> before = Files.readAllLines(tides);
        Run r = run("set", tides.toString(), "title=Tides, read \"properly\": a guide", "figure_p=New caption");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> after = Files.readAllLines(tides);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (i == 1 || i == 17) continue;
            assertThat(after.get(i)).as("line " + (i + 1)).isEqualTo(before.get(i));
        }
        assertThat(after.get(1)).isEqualTo("  title: \"Tides, read \\\"properly\\\": a guide\"");
        assertThat(run("get", tides.toString(), "title").out().strip()).isEqualTo("Tides, read \"properly\": a guide");
        try (var files = Files.list(tides.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void settingTheCurrentValueDoesNotTouchTheFile() throws Exception {
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(tides, old);
        assertThat(run("set", tides.toString(), "page_date=Mar 14, 2025").code())
                .isZero();
        assertThat(Files.getLastModifiedTime(tides)).isEqualTo(old);
    }

    @Test
    void setAndUnsetAndListsThroughTheSchema() throws Exception {
        Path hugo = samples.resolve("hugo-site/content/posts/night-market-photography.md");
        assertThat(run("set", hugo.toString(), "tags=photography, night markets, travel", "--unset", "draft")
                        .code())
                .isZero();
        String text = Files.readString(hugo);
        assertThat(text)
                .contains("tags: [photography, \"night markets\", travel]\n")
                .doesNotContain("draft:");
        assertThat(run("set", tides.toString(), "page_date=Mar 15, 2025", "--unset", "figure_p")
                        .code())
                .isZero();
        assertThat(Files.readString(tides))
                .contains("  page_date: \"Mar 15, 2025\"\n")
                .doesNotContain("figure_p");
    }

    @Test
    void aFileWhoseHeaderDoesNotParseIsRefusedAndUntouched() throws Exception {
        Path broken = dir.resolve("broken.md");
        String text = "---\ntitle: \"unclosed\ndes: x\n---\nBody\n";
        Files.writeString(broken, text);
        Run r = run("set", broken.toString(), "title=Fixed");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(broken.toString() + ":").contains("was not changed");
        assertThat(Files.readString(broken)).isEqualTo(text);
    }

    @Test
    void exportWritesPagesBesideTheArticlesOrIntoAFolder() throws Exception {
        Run beside = run("export", tides.toString());
        assertThat(beside.code()).as(beside.err()).isZero();
        Path html = tides.resolveSibling("reading-the-tide-tables.html");
        assertThat(Jsoup.parse(Files.readString(html)).title())
                .isEqualTo("Reading the tide tables before a coastal walk · Harbour Notes");

        Path single = dir.resolve("one/page.html");
        assertThat(run("export", tides.toString(), "-o", single.toString()).code())
                .isZero();
        assertThat(single).exists();

        Path out = dir.resolve("out");
        Run all = run("export", samples.toString(), "-o", out.toString(), "--copy-assets");
        // The two samples whose header does not parse fail alone; every other page is written.
        assertThat(all.code()).as(all.err()).isEqualTo(1);
        for (String name : Samples.UNPARSEABLE) {
            assertThat(all.err()).contains("error: " + samples.resolve("site/articles/" + name) + ":");
            assertThat(out.resolve("site/articles/" + name.replace(".md", ".html")))
                    .doesNotExist();
        }
        assertThat(out.resolve("site/articles/draft-with-problems.html")).exists();
        assertThat(out.resolve("site/articles/2024/harbour-regatta.html")).exists();
        assertThat(out.resolve("hugo-site/content/posts/night-market-photography.html"))
                .exists();
        assertThat(out.resolve("site/articles/assets/tide-tables.webp")).exists();
        assertThat(all.err())
                .contains("warning: [page_date]")
                .contains("Exported 38 of 40 articles, 2 failed, 11 with warnings.");
    }

    @Test
    void oneBadArticleFailsAloneWithExitOne() throws Exception {
        Path bad = samples.resolve("site/articles/zz-broken.md");
        Files.writeString(bad, "---\ntitle: [unclosed\n---\nBody\n");
        Run r = run(
                "export",
                samples.resolve("site").toString(),
                "-o",
                dir.resolve("o").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error: " + bad + ":").contains("Exported 37 of 40 articles, 3 failed");
        assertThat(dir.resolve("o/articles/reading-the-tide-tables.html")).exists();
        assertThat(dir.resolve("o/articles/zz-broken.html")).doesNotExist();
    }
}
