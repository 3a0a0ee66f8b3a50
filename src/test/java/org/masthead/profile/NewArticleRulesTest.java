package org.masthead.profile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;

/** The new_article section: read, defaulted, and its bad values reported where they are without losing the rest. */
class NewArticleRulesTest {
    @TempDir
    Path site;

    private SiteProfile load(String yaml) throws Exception {
        Path file = site.resolve(ProfileLoader.FILE_NAME);
        Files.writeString(file, yaml);
        return ProfileLoader.load(file);
    }

    @Test
    void aProfileWithoutTheSectionStartsArticlesTheDefaultWay() throws Exception {
        NewArticleRules r = load("schema: hugo\n").newArticle();
        assertThat(r).isEqualTo(NewArticleRules.DEFAULTS);
        assertThat(r.urlPatternFor("")).isEmpty();
        assertThat(r.urlPatternFor("https://x.example")).isEqualTo("{base_url}/articles/{slug}");
        assertThat(r.draftKeyFor(BuiltInSchemas.HUGO)).contains("draft");
        assertThat(r.draftKeyFor(BuiltInSchemas.ARTICLE)).isEmpty();
        assertThat(SiteProfile.defaults(site).newArticle()).isEqualTo(NewArticleRules.DEFAULTS);
    }

    @Test
    void theSampleSiteDocumentsEveryKeyAndItsTemplateReads() throws Exception {
        SiteProfile p = ProfileLoader.load(Samples.SITE.resolve(ProfileLoader.FILE_NAME));
        NewArticleRules r = p.newArticle();
        assertThat(r.problems()).isEmpty();
        assertThat(r.folder()).isEqualTo("articles");
        assertThat(r.filePattern()).isEqualTo("{slug}.md");
        assertThat(r.urlPattern()).isEqualTo("{base_url}/articles/{slug}");
        assertThat(r.template()).isEqualTo(Samples.SITE.resolve(".masthead/new-article.md"));
        assertThat(r.templateText()).contains("{title}");
    }

    @Test
    void everyValueIsRead() throws Exception {
        Files.createDirectories(site.resolve("t"));
        Files.writeString(site.resolve("t/new.md"), "---\ntags: [notes]\n---\nHello {title}\n");
        NewArticleRules r =
                load("""
                new_article:
                  folder: content/posts
                  file: "{yyyy}/{mm}/{dd}-{slug}.md"
                  url: "{base_url}/{yyyy}/{slug}/"
                  template: t/new.md
                  draft_key: unpublished
                """)
                        .newArticle();
        assertThat(r.problems()).isEmpty();
        assertThat(r.folder()).isEqualTo("content/posts");
        assertThat(r.filePattern()).isEqualTo("{yyyy}/{mm}/{dd}-{slug}.md");
        assertThat(r.urlPattern()).isEqualTo("{base_url}/{yyyy}/{slug}/");
        assertThat(r.templateText()).isEqualTo("---\ntags: [notes]\n---\nHello {title}\n");
        assertThat(r.draftKeyFor(BuiltInSchemas.HUGO)).contains("unpublished");
        assertThat(load("new_article:\n  draft_key: none\n").newArticle().draftKeyFor(BuiltInSchemas.HUGO))
                .isEmpty();
    }

    @Test
    void badValuesAreReportedAtTheirLineAndFallBackWhileTheRestOfTheProfileStands() throws Exception {
        Files.writeString(site.resolve("latin1.md"), "caf\u00e9", StandardCharsets.ISO_8859_1);
        SiteProfile p = load(
                """
                base_url: https://x.example
                new_article:
                  folder: ../elsewhere
                  file: "{slug}-{hour}.md"
                  url: "{base_url}/{section}/{slug}"
                  template: missing.md
                  colour: blue
                  draft_key: [a, b]
                """);
        assertThat(p.baseUrl()).isEqualTo("https://x.example");
        NewArticleRules r = p.newArticle();
        assertThat(r.folder()).isNull();
        assertThat(r.filePattern()).isEqualTo("{slug}.md");
        assertThat(r.urlPattern()).isNull();
        assertThat(r.template()).isNull();
        assertThat(r.draftKey()).isNull();
        assertThat(r.problems())
                .extracting(e -> e.line() + ":" + e.column() + " " + e.reason())
                .satisfiesExactly(
                        f -> assertThat(f)
                                .startsWith("3:11 ")
                                .contains("'../elsewhere' must be a path inside the site"),
                        f -> assertThat(f).startsWith("4:9 ").contains("unknown token {hour}"),
                        f -> assertThat(f).startsWith("5:8 ").contains("unknown token {section}"),
                        f -> assertThat(f).startsWith("6:13 ").contains("missing.md does not exist"),
                        f -> assertThat(f).startsWith("7:3 ").contains("unknown new_article key 'colour'"),
                        f -> assertThat(f).startsWith("8:14 ").contains("takes one value"));
        assertThat(r.problems()).allMatch(e -> e.file().equals(site.resolve(ProfileLoader.FILE_NAME)));

        assertThat(load("new_article:\n  file: /etc/{slug}.md\n").newArticle().problems())
                .extracting(SourceException::reason)
                .singleElement()
                .asString()
                .contains("inside the site");
        assertThat(load("new_article:\n  template: latin1.md\n").newArticle().problems())
                .extracting(SourceException::reason)
                .singleElement()
                .asString()
                .contains("latin1.md:1:4: not valid UTF-8");
        assertThat(load("new_article: articles\n").newArticle().problems()).hasSize(1);
    }

    @Test
    void aTemplateLinkedFromOutsideTheSiteIsRefused(@TempDir Path outside) throws Exception {
        Files.writeString(outside.resolve("t.md"), "---\ntitle: x\n---\n");
        Files.createSymbolicLink(site.resolve("t.md"), outside.resolve("t.md"));
        NewArticleRules r = load("new_article:\n  template: t.md\n").newArticle();
        assertThat(r.template()).isNull();
        assertThat(r.problems()).singleElement().satisfies(e -> assertThat(e.reason())
                .contains("through a link"));
    }
}
