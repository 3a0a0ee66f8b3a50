package org.masthead.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;
import org.masthead.render.RenderedPage;
import org.masthead.source.SourceException;
import org.masthead.theme.SiteTheme;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random site templates, partials and stylesheets (tags left open, sections crossed, partials
 * missing or nested, delimiters changed, NUL, odd url() references): the page is made in the
 * site's template or in the built-in page with problems that name a file of the site, a line and
 * a column inside it; nothing fails inside, the preview's page always has one body and its policy.
 * {@code -Dtemplate.cases=N} runs more; a failure names the {@code -Dfuzz.seed} and the case.
 */
class TemplateFuzzTest {
    private static final int CASES = Integer.getInteger("template.cases", 150);
    private static final long SEED = Long.getLong("fuzz.seed", 20261207L);
    private static final String[] PIECES = {
        "{{title}}",
        "{{{body}}}",
        "{{body}}",
        "{{&body}}",
        "{{{meta}}}",
        "{{{stylesheets}}}",
        "{{#tags}}",
        "{{/tags}}",
        "{{^draft}}",
        "{{/draft}}",
        "{{#page}}",
        "{{/page}}",
        "{{.}}",
        "{{> part}}",
        "{{> nope}}",
        "{{> ../out}}",
        "{{! note }}",
        "{{=<% %>=}}",
        "<%title%>",
        "{{",
        "}}",
        "{{{",
        "}}}",
        "{{}}",
        "{{ }}",
        "<html>",
        "<head>",
        "</head>",
        "<body>",
        "</body>",
        "<script>x()</script>",
        "<!DOCTYPE html>",
        "\n",
        "\r\n",
        "\t",
        "é",
        "🌊",
        "\u0000",
        "\uFEFF",
        "\u2028",
        "{{page.title}}",
        "{{#page.tags}}",
        "{{/page.tags}}",
        "{{site_name}}",
        "{{ des }}",
        "{{{des}}}",
        "</style>",
        "<!--",
        "-->"
    };
    private static final String[] CSS = {
        "p{color:red}",
        "url(a.png)",
        "url('../../x.png')",
        "url(\"https://cdn.example/f.woff2\")",
        "url(/images/a.png)",
        "url(data:image/png;base64,AA==)",
        "url(javascript:x)",
        "url(",
        ")",
        "@import 'x.css';",
        "</style><script>",
        "\u0000",
        "é",
        "\n"
    };

    @TempDir
    Path site;

    @Test
    void everyTemplateGivesAPageOrPlacedProblems() throws Exception {
        Random random = new Random(SEED);
        Files.createDirectories(site.resolve("theme"));
        Files.createDirectories(site.resolve("images"));
        Files.write(site.resolve("images/a.png"), new byte[] {1});
        Files.writeString(
                site.resolve("masthead.yml"),
                "schema: hugo\nbase_url: https://s.example\npage:\n  template: theme/t.mustache\n"
                        + "  stylesheets: [theme/s.css]\n");
        String text = "---\ntitle: \"A <b>title</b>\"\ntags: [a, b]\ndescription: d\n---\n\nOne.\n\nTwo.\n";
        Article article = Article.of(site.resolve("a.md"), text, false);
        for (int c = 0; c < CASES; c++) {
            String where = "-Dfuzz.seed=" + SEED + ", case " + c;
            Files.writeString(site.resolve("theme/t.mustache"), pick(random, PIECES, 1 + random.nextInt(14)));
            Files.writeString(site.resolve("theme/part.mustache"), pick(random, PIECES, random.nextInt(5)));
            Files.writeString(site.resolve("theme/s.css"), pick(random, CSS, random.nextInt(6)));
            SiteTheme.forgetAll();
            SiteProfile profile = ProfileLoader.load(site.resolve("masthead.yml"));
            SiteTheme theme = SiteTheme.of(profile);
            for (SourceException e : theme.problems()) {
                assertThat(e.file().toAbsolutePath().normalize()).as(where).startsWith(site);
                assertThat(e.line()).as(where).isPositive();
                assertThat(e.column()).as(where).isPositive();
                int lines = (int) Files.readString(e.file()).lines().count();
                assertThat(e.line()).as(where + ": " + e.getMessage()).isLessThanOrEqualTo(Math.max(1, lines + 1));
            }
            RenderedPage preview = ArticleRenderer.render(article, profile, PageOptions.preview(f -> "x"));
            String html = preview.html();
            var doc = Jsoup.parse(html);
            assertThat(doc.select("#mh-body")).as(where).hasSize(1);
            assertThat(html).as(where).contains("Content-Security-Policy");
            assertThat(doc.select("#mh-body").text()).as(where).contains("One.").contains("Two.");
            String published = ArticleRenderer.render(article, profile, PageOptions.publish(f -> "x", ""))
                    .html();
            assertThat(published).as(where).contains("One.");
        }
    }

    private static String pick(Random random, String[] pieces, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(pieces[random.nextInt(pieces.length)]);
        return sb.toString();
    }
}
