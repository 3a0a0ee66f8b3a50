package org.masthead.newarticle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new article's place and text from the site's rules, and its first write. */
class NewArticlesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    Path site;
    SiteProfile sample;

    @BeforeEach
    void copySamples() throws Exception {
        site = Samples.copyTo(dir).resolve("site");
        sample = ProfileLoader.load(site.resolve(ProfileLoader.FILE_NAME));
    }

    static Article parsed(NewArticle a) throws Exception {
        Article article = Article.of(a.file(), a.text(), false);
        assertThat(article.headerError()).isEmpty();
        return article;
    }

    @Test
    void theSampleSiteStartsFromItsTemplateWithEveryKeyOfItsSchemaInOrder() throws Exception {
        NewArticle a = NewArticles.plan(sample, "Low Water at Dawn", DAY, Map.of());
        assertThat(a.file()).isEqualTo(site.resolve("articles/low-water-at-dawn.md"));
        assertThat(a.slug()).isEqualTo("low-water-at-dawn");
        assertThat(a.url()).isEqualTo("https://harbournotes.example/articles/low-water-at-dawn");
        FrontMatter fm = parsed(a).requireFrontMatter();
        assertThat(fm.keys()).containsExactlyElementsOf(BuiltInSchemas.ARTICLE.keys());
        assertThat(fm.text("title")).isEqualTo("Low Water at Dawn");
        assertThat(fm.text("blog_url")).isEqualTo(a.url());
        assertThat(fm.text("page_date")).isEqualTo("Nov 29, 2026");
        // Linked fields follow as in the window; the template's values and its comments' style stay.
        assertThat(fm.text("header_title")).isEqualTo("Low Water at Dawn");
        assertThat(fm.text("twitter_tittle")).isEqualTo("Low Water at Dawn");
        assertThat(fm.text("figure_author")).isEqualTo("Harbour Notes");
        assertThat(fm.text("figure_license_url")).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(a.text()).contains("  figure_author: \"Harbour Notes\"\n");
        assertThat(parsed(a).body())
                .contains("take away from \"Low Water at Dawn\".")
                .contains("## What to do next");
        assertThat(fm.text("page_first_p"))
                .startsWith("Start with the one thing")
                .contains("Low Water at Dawn");
        // What check finds is only what the writer has still to fill in.
        List<Finding> errors = ArticleChecker.check(parsed(a), sample).stream()
                .filter(f -> f.severity() == Severity.ERROR)
                .toList();
        assertThat(errors).isNotEmpty().allSatisfy(f -> {
            assertThat(f.message()).endsWith(" is empty");
            assertThat(fm.text(f.key())).isEmpty();
        });
    }

    @Test
    void aHugoSiteGetsItsPatternsDraftFlagSlugAndListValuesWithNoErrorFromCheck() throws Exception {
        Path hugo = Files.createDirectories(dir.resolve("hugo"));
        Files.writeString(
                hugo.resolve("masthead.yml"),
                """
                schema: hugo
                base_url: https://night.example
                new_article:
                  folder: content/posts
                  file: "{yyyy}/{mm}/{slug}.md"
                  url: "{base_url}/{yyyy}/{mm}/{slug}/"
                """);
        SiteProfile p = ProfileLoader.load(hugo.resolve("masthead.yml"));
        Map<String, String> sets = new LinkedHashMap<>();
        sets.put("tags", "night, long exposure");
        sets.put("description", "Lights over the water, after dark.");
        sets.put("camera", "Pentax 67");
        NewArticle a = NewArticles.plan(p, "Çay at Midnight: Photographing Lights", DAY, sets);
        assertThat(a.file()).isEqualTo(hugo.resolve("content/posts/2026/11/cay-at-midnight-photographing-lights.md"));
        FrontMatter fm = parsed(a).requireFrontMatter();
        assertThat(fm.keys())
                .containsExactly("title", "date", "description", "tags", "image", "draft", "slug", "camera");
        assertThat(fm.text("date")).isEqualTo("2026-11-29");
        assertThat(fm.value("draft").orElseThrow().asText()).isEqualTo("true");
        assertThat(a.text()).contains("draft: true\n").contains("tags: [night, long exposure]\n");
        assertThat(fm.text("slug")).isEqualTo("cay-at-midnight-photographing-lights");
        assertThat(ArticleChecker.check(parsed(a), p))
                .filteredOn(f -> f.severity() == Severity.ERROR)
                .isEmpty();
    }

    @Test
    void aTitleWithoutLettersTakesTheFirstFreeDatedName() throws Exception {
        Files.writeString(site.resolve("articles/2026-11-29-1.md"), "---\ntitle: x\n---\n");
        NewArticle a = NewArticles.plan(sample, "東京の夜市", DAY, Map.of());
        assertThat(a.file()).isEqualTo(site.resolve("articles/2026-11-29-2.md"));
        assertThat(parsed(a).requireFrontMatter().text("title")).isEqualTo("東京の夜市");
    }

    @Test
    void writingMakesTheFoldersAndNeverReplacesAFile() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("masthead.yml"), "new_article:\n  folder: posts/new\n");
        SiteProfile p = ProfileLoader.load(plain.resolve("masthead.yml"));
        NewArticle a = NewArticles.plan(p, "First", DAY, Map.of());
        NewArticles.write(p, a);
        assertThat(a.file()).isEqualTo(plain.resolve("posts/new/first.md"));
        assertThat(Files.readString(a.file())).isEqualTo(a.text());
        Path beside = Files.createFile(plain.resolve("posts/new/umask.md"));
        assertThat(Files.getPosixFilePermissions(a.file())).isEqualTo(Files.getPosixFilePermissions(beside));

        Files.writeString(a.file(), "mine");
        assertThatThrownBy(() -> NewArticles.write(p, a))
                .isInstanceOf(NewArticleRefused.class)
                .hasMessageContaining(a.file() + ": exists");
        assertThat(Files.readString(a.file())).isEqualTo("mine");
    }

    @Test
    void textThatUtf8CannotHoldIsRefusedRatherThanChanged() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("t.md"), "Body of {title}\n");
        Files.writeString(plain.resolve("masthead.yml"), "new_article:\n  template: t.md\n");
        SiteProfile p = ProfileLoader.load(plain.resolve("masthead.yml"));
        NewArticle a = NewArticles.plan(p, "Half \uD800 pair", DAY, Map.of());
        assertThatThrownBy(() -> NewArticles.write(p, a))
                .isInstanceOf(NewArticleRefused.class)
                .hasMessageContaining("a character UTF-8 cannot hold");
        assertThat(a.file()).doesNotExist();
    }

    @Test
    void aFolderLinkedOutOfTheSiteIsRefusedAndNothingIsWritten(@TempDir Path outside) throws Exception {
        Path linked = Files.createDirectories(dir.resolve("linked"));
        Files.writeString(linked.resolve("masthead.yml"), "new_article:\n  folder: posts/deep\n");
        Files.createSymbolicLink(linked.resolve("posts"), outside);
        SiteProfile p = ProfileLoader.load(linked.resolve("masthead.yml"));
        assertThatThrownBy(() -> NewArticles.plan(p, "Away", DAY, Map.of()))
                .isInstanceOf(NewArticleRefused.class)
                .hasMessageContaining("a link leads out of the site");
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void aTemplateWhoseHeaderDoesNotParseIsNamedWithItsLine() throws Exception {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("t.md"), "---\ntitle: [unclosed\n---\nbody\n");
        Files.writeString(broken.resolve("masthead.yml"), "new_article:\n  template: t.md\n");
        SiteProfile p = ProfileLoader.load(broken.resolve("masthead.yml"));
        assertThatThrownBy(() -> NewArticles.plan(p, "X", DAY, Map.of()))
                .isInstanceOf(org.masthead.source.SourceException.class)
                .hasMessageStartingWith(broken.resolve("t.md") + ":");
    }
}
