package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.FrontMatter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code masthead new}: every title of the slug table, collisions, values, dates, and sites with and without rules. */
class NewCommandTest {
    static final String DAY = "2026-11-29";

    @TempDir
    Path dir;

    Path site;

    /** The sample site's profile and template, and an empty articles folder. */
    @BeforeEach
    void smallSite() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        Files.copy(Samples.SITE.resolve("masthead.yml"), site.resolve("masthead.yml"));
        Files.createDirectories(site.resolve(".masthead"));
        Files.copy(Samples.SITE.resolve(".masthead/new-article.md"), site.resolve(".masthead/new-article.md"));
        Files.createDirectories(site.resolve("articles"));
    }

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    static FrontMatter header(String text) throws Exception {
        Article a = Article.of(null, text, false);
        assertThat(a.headerError()).isEmpty();
        return a.requireFrontMatter();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("org.masthead.article.SlugTableTest#titles")
    void eachTitleOfTheSlugTableIsShownThenWritten(String title, String slug) throws Exception {
        CommandLineTest.Run dry = run("new", site.toString(), "--title", title, "--date", DAY, "--dry-run");
        if (title.isBlank()) {
            assertThat(dry.code()).isEqualTo(2);
            assertThat(dry.err()).contains("--title is empty");
            return;
        }
        Path expected = site.resolve("articles/" + (slug.isEmpty() ? DAY + "-1" : slug) + ".md");
        assertThat(dry.code()).as(dry.err()).isZero();
        List<String> lines = dry.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(expected.toString());
        String shown = dry.out().substring(dry.out().indexOf('\n') + 1);
        assertThat(shown).startsWith("---\n").endsWith("---\n");
        assertThat(header(shown).text("title")).isEqualTo(title.strip());
        assertThat(expected).doesNotExist();

        CommandLineTest.Run real = run("new", site.toString(), "--title", title, "--date", DAY);
        assertThat(real.code()).as(real.err()).isZero();
        assertThat(real.out()).isEqualTo(expected + "\n");
        String written = Files.readString(expected);
        assertThat(written).startsWith(shown);
        FrontMatter fm = header(written);
        assertThat(fm.text("title")).isEqualTo(title.strip());
        assertThat(fm.text("header_title")).isEqualTo(title.strip());
        assertThat(fm.text("page_date")).isEqualTo("Nov 29, 2026");
        assertThat(fm.text("blog_url"))
                .isEqualTo("https://harbournotes.example/articles/"
                        + expected.getFileName().toString().replace(".md", ""));
    }

    @Test
    void aSecondArticleOfTheSameNameIsRefusedAndTheFirstKept() throws Exception {
        assertThat(run("new", site.toString(), "--title", "Harbour Lights", "--date", DAY)
                        .code())
                .isZero();
        Path file = site.resolve("articles/harbour-lights.md");
        Files.writeString(file, "mine\n");
        CommandLineTest.Run again = run("new", site.toString(), "--title", "Harbour lights!", "--date", DAY);
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains(file + ": exists; a new article never replaces a file");
        assertThat(again.out()).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("mine\n");
        // A dry run says what the real run would.
        CommandLineTest.Run dry = run("new", site.toString(), "--title", "Harbour Lights", "--dry-run", "--date", DAY);
        assertThat(dry.code()).isEqualTo(1);
        assertThat(dry.err()).contains(file + ": exists");
        assertThat(dry.out()).isEmpty();
        // Titles without a slug count up instead.
        assertThat(run("new", site.toString(), "--title", "🌊", "--date", DAY).out())
                .isEqualTo(site.resolve("articles/" + DAY + "-1.md") + "\n");
        assertThat(run("new", site.toString(), "--title", "東京", "--date", DAY).out())
                .isEqualTo(site.resolve("articles/" + DAY + "-2.md") + "\n");
    }

    @Test
    void setTakesAListValueForAListKeyAndAddsAKeyTheSchemaLacks() throws Exception {
        Path hugo = Files.createDirectories(dir.resolve("hugo"));
        Files.writeString(hugo.resolve("masthead.yml"), "schema: hugo\nnew_article:\n  folder: content/posts\n");
        CommandLineTest.Run r = run(
                "new",
                hugo.toString(),
                "--title",
                "Night Market",
                "--date",
                DAY,
                "--set",
                "tags=night, street food,markets",
                "--set",
                "mood=calm: mostly",
                "--set",
                "draft=false");
        assertThat(r.code()).as(r.err()).isZero();
        Path file = hugo.resolve("content/posts/night-market.md");
        assertThat(r.out()).isEqualTo(file + "\n");
        String text = Files.readString(file);
        assertThat(text).contains("tags: [night, street food, markets]\n");
        FrontMatter fm = header(text);
        assertThat(fm.keys()).containsExactly("title", "date", "description", "tags", "image", "draft", "slug", "mood");
        assertThat(fm.text("mood")).isEqualTo("calm: mostly");
        assertThat(fm.text("draft")).isEqualTo("false"); // --set comes after the draft flag
        assertThat(fm.text("date")).isEqualTo(DAY);
        assertThat(run("check", file.toString()).code()).isZero();

        CommandLineTest.Run bad = run("new", hugo.toString(), "--title", "x", "--set", "novalue");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("'novalue' is not KEY=VALUE");
    }

    @Test
    void badDatesAreUsageErrorsAndWriteNothing() throws Exception {
        for (String date : List.of("2026-02-30", "29/11/2026", "", "2026-1-5", "tomorrow")) {
            CommandLineTest.Run r = run("new", site.toString(), "--title", "Dated", "--date", date);
            assertThat(r.code()).as(date).isEqualTo(2);
            assertThat(r.err()).contains("--date '" + date + "' is not a date like 2026-11-29");
        }
        assertThat(site.resolve("articles")).isEmptyDirectory();
        assertThat(run("new", site.toString(), "--title", "Leap", "--date", "2028-02-29")
                        .code())
                .isZero();
        assertThat(header(Files.readString(site.resolve("articles/leap.md"))).text("page_date"))
                .isEqualTo("Feb 29, 2028");
    }

    @Test
    void aSiteWithoutRulesUsesArticlesIfItHasThemElseItsFolderAndNoUrl() throws Exception {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        CommandLineTest.Run r = run("new", bare.toString(), "--title", "Plain Start", "--date", DAY);
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(bare.resolve("plain-start.md"));
        FrontMatter fm = header(text);
        assertThat(fm.text("title")).isEqualTo("Plain Start");
        assertThat(fm.text("blog_url")).isEmpty();
        assertThat(fm.text("page_date")).isEqualTo("Nov 29, 2026");

        Files.createDirectories(bare.resolve("articles"));
        Files.writeString(bare.resolve("masthead.yml"), "base_url: https://bare.example\n");
        r = run("new", bare.toString(), "--title", "Plain Start", "--date", DAY);
        assertThat(r.out()).isEqualTo(bare.resolve("articles/plain-start.md") + "\n");
        assertThat(header(Files.readString(bare.resolve("articles/plain-start.md")))
                        .text("blog_url"))
                .isEqualTo("https://bare.example/articles/plain-start");
    }

    @Test
    void badRulesAreWarnedAboutAndAPlaceOutOfTheSiteIsRefused(@TempDir Path outside) throws Exception {
        Path odd = Files.createDirectories(dir.resolve("odd"));
        Files.writeString(
                odd.resolve("masthead.yml"), "new_article:\n  folder: ../../elsewhere\n  file: \"{nope}.md\"\n");
        CommandLineTest.Run r = run("new", odd.toString(), "--title", "Stay Home", "--date", DAY);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err())
                .contains("masthead new: warning: " + odd.resolve("masthead.yml") + ":2:11: new_article folder")
                .contains(":3:9: unknown token {nope}");
        assertThat(odd.resolve("stay-home.md")).exists();
        CommandLineTest.Run check = run("check", odd.toString());
        assertThat(check.out())
                .as("check names the rules that new would not follow, once for the site")
                .containsOnlyOnce(odd.resolve("masthead.yml") + ":2:11: warning: [new_article]")
                .contains(":3:9: warning: [new_article] unknown token {nope}");
        assertThat(check.err()).contains("1 article checked");

        Files.createSymbolicLink(odd.resolve("posts"), outside);
        Files.writeString(odd.resolve("masthead.yml"), "new_article:\n  folder: posts/2026\n");
        r = run("new", odd.toString(), "--title", "Away", "--date", DAY);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("a link leads out of the site");
        assertThat(outside).isEmptyDirectory();
        assertThat(run("new", odd.resolve("missing").toString(), "--title", "x").code())
                .isEqualTo(2);
    }

    @Test
    void aDottedKeyThatLooksNestedIsRefusedAndNothingWritten() throws Exception {
        Files.writeString(
                site.resolve(".masthead/new-article.md"), "---\ntitle: \"{title}\"\nauthor:\n  name: Ann\n---\n");
        CommandLineTest.Run r = run("new", site.toString(), "--title", "Dots", "--set", "author.name=Bo");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains(
                        "no top-level key 'author.name': 'author' is a map, and new --set changes top-level keys only")
                .contains("nothing was written");
        assertThat(site.resolve("articles")).isEmptyDirectory();
    }

    @Test
    void valuesFilledInTakeTheQuotesTheTemplateChose() throws Exception {
        CommandLineTest.Run r = run("new", site.toString(), "--title", "Ebb & Flow: a primer", "--date", DAY);
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(site.resolve("articles/ebb-and-flow-a-primer.md"));
        assertThat(text)
                .contains("  twitter_tittle: \"Ebb & Flow: a primer\"\n")
                .contains("  page_date: \"Nov 29, 2026\"\n")
                .contains("  blog_url: \"https://harbournotes.example/articles/ebb-and-flow-a-primer\"\n")
                .as("empty values stay empty")
                .contains("  img_alt:\n")
                .doesNotContain("'");
    }

    @Test
    void aTitleStartingWithAnAtIsTakenAsWrittenNotAsAFileOfArguments() throws Exception {
        Files.writeString(site.resolve("harbour"), "--dry-run\n");
        for (String title : List.of("@harbour", "@@")) {
            CommandLineTest.Run r = run("new", site.toString(), "--title", title, "--date", DAY, "--dry-run");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(header(r.out().substring(r.out().indexOf('\n') + 1)).text("title"))
                    .isEqualTo(title);
        }
    }
}
