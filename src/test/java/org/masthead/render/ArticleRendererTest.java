package org.masthead.render;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRendererTest {
    private static final AssetLinker FILE_NAME = p -> "img/" + p.getFileName();

    private static Document render(String text, boolean safe) {
        Article a = Article.of(null, text, false);
        SiteProfile profile = SiteProfile.defaults(Path.of("."));
        PageOptions options = safe ? PageOptions.preview(FILE_NAME) : PageOptions.publish(FILE_NAME, "");
        return Jsoup.parse(ArticleRenderer.render(a, profile, options).html());
    }

    @Test
    void blocksCarryTheirLineInTheFile() {
        String text = "---\ntitle: T\n---\n\n# Heading\n\nA paragraph\nover two lines.\n\n- item one\n- item "
                + "two\n\n```\ncode\n```\n";
        Document doc = render(text, false);
        Element body = doc.getElementById("mh-body");
        assertThat(body.selectFirst("h1").attr("data-line")).isEqualTo("5");
        assertThat(body.selectFirst("p").attr("data-line")).isEqualTo("7");
        assertThat(body.selectFirst("ul").attr("data-line")).isEqualTo("10");
        assertThat(body.select("li").get(1).attr("data-line")).isEqualTo("11");
        assertThat(body.selectFirst("pre").attr("data-line")).isEqualTo("13");
    }

    @Test
    void extensionsAreOn() {
        String md =
                """
                ## Intro Section

                | a | b |
                |---|---|
                | 1 | 2 |

                ~~gone~~ and https://example.org/auto

                - [x] done
                - [ ] open

                Text with a note.[^n]

                [^n]: The note.
                """;
        Document doc = render(md, false);
        assertThat(doc.selectFirst("h2").id()).isEqualTo("intro-section");
        assertThat(doc.select("table td")).extracting(Element::text).containsExactly("1", "2");
        assertThat(doc.selectFirst("del").text()).isEqualTo("gone");
        assertThat(doc.selectFirst("a[href=https://example.org/auto]")).isNotNull();
        assertThat(doc.select("li.task-list-item input[type=checkbox]")).hasSize(2);
        assertThat(doc.select("input[checked]")).hasSize(1);
        assertThat(doc.selectFirst(".footnotes")).isNotNull();
    }

    @Test
    void manyFootnotesEachGetTheirNoteAndWayBack() {
        StringBuilder md = new StringBuilder("---\ntitle: Notes\n---\n\n");
        for (int i = 1; i <= 400; i++)
            md.append("Point ")
                    .append(i)
                    .append(".[^p")
                    .append(i)
                    .append("]\n\n[^p")
                    .append(i)
                    .append("]: Note ")
                    .append(i)
                    .append(".\n\n");
        Document doc = render(md.toString(), false);
        assertThat(doc.select(".footnotes li")).hasSize(400);
        assertThat(doc.select("sup a.footnote-ref")).hasSize(400);
        assertThat(doc.select(".footnotes li a.footnote-backref")).hasSize(400);
        assertThat(doc.select(".footnotes li").get(399).text()).startsWith("Note 400.");
    }

    @Test
    void safeModeRunsNoScriptAndBlocksScriptLinks() {
        String md = "Hi <script>alert(1)</script> <img src=x "
                + "onerror=alert(1)>\n\n<script>bad()</script>\n\n[x](javascript:alert(1)) "
                + "[y](https://ok.example)\n";
        Document safe = render(md, true);
        assertThat(safe.select("script")).isEmpty();
        assertThat(safe.select("img[onerror]")).isEmpty();
        assertThat(safe.select("a[href^=javascript]")).isEmpty();
        assertThat(safe.selectFirst("a[href=https://ok.example]")).isNotNull();
        assertThat(safe.getElementById("mh-body").text()).contains("<script>alert(1)</script>");
        Document published = render(md, false);
        assertThat(published.select("#mh-body script")).hasSize(2);
    }

    @Test
    void theArticlePageHasHeadlineDateFigureAndCredit() throws Exception {
        Article a = ArticleFiles.read(Samples.TIDES);
        SiteProfile profile = Samples.builtInPage(ProfileLoader.forArticle(Samples.TIDES));
        RenderedPage page = ArticleRenderer.render(a, profile, PageOptions.preview(FILE_NAME));
        Document doc = Jsoup.parse(page.html());
        assertThat(doc.title()).isEqualTo("Reading the tide tables before a coastal walk");
        assertThat(doc.getElementById("mh-headline").text())
                .isEqualTo(a.requireFrontMatter().text("header_title"));
        assertThat(doc.selectFirst("time").attr("datetime")).isEqualTo("2025-03-14");
        assertThat(doc.selectFirst("time").text()).isEqualTo("Mar 14, 2025");
        Element img = doc.selectFirst("#mh-figure img");
        assertThat(img.attr("src")).isEqualTo("img/tide-tables.webp");
        assertThat(img.attr("alt")).isEqualTo(a.requireFrontMatter().text("img_alt"));
        assertThat(doc.selectFirst(".mh-credit a[href=https://harbournotes.example/about]")
                        .text())
                .isEqualTo("Harbour Notes");
        assertThat(doc.selectFirst(".mh-credit a[href=https://creativecommons.org/licenses/by/4.0/]")
                        .text())
                .isEqualTo("CC BY 4.0");
        assertThat(doc.select("link[rel=stylesheet], script")).isEmpty();
        assertThat(page.html()).doesNotContain("http://fonts").doesNotContain("@import");
    }

    @Test
    void aMissingImageShowsWhatWasLookedForAndNothingRemoteLoadsInThePreview() throws Exception {
        Article a = ArticleFiles.read(Samples.DRAFT);
        RenderedPage page = ArticleRenderer.render(
                a, Samples.builtInPage(ProfileLoader.forArticle(Samples.DRAFT)), PageOptions.preview(FILE_NAME));
        Document doc = Jsoup.parse(page.html());
        assertThat(doc.selectFirst(".mh-missing-image").text()).contains("/images/posts_img/market-stall.jpg");
        assertThat(doc.select("img[src^=http]")).isEmpty();
    }

    @Test
    void frontMatterValuesAreEscaped() {
        Document doc = render(
                "---\ntitle: \"</title><script>alert(1)</script>\"\nheader_title: \"<b>bold</b> & co\"\n---\nBody\n",
                false);
        assertThat(doc.title()).isEqualTo("</title><script>alert(1)</script>");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.getElementById("mh-headline").text()).isEqualTo("<b>bold</b> & co");
    }

    @Test
    void chunksAreTheTopLevelBlocksAndJoinToTheWholeBody() throws Exception {
        Article a = ArticleFiles.read(Samples.TIDES);
        MarkdownRenderer r = MarkdownRenderer.get();
        var chunks = r.renderChunks(a.body(), a.bodyStartLine(), s -> s, true);
        assertThat(String.join("", chunks)).isEqualTo(r.render(a.body(), a.bodyStartLine(), s -> s, true));
        assertThat(chunks.get(0)).startsWith("<p data-line=\"21\">Every stretch");
        assertThat(chunks.get(1)).startsWith("<h2 id=\"what-the-columns-mean\" data-line=\"23\">");
        assertThat(chunks)
                .allMatch(c -> Jsoup.parseBodyFragment(c).body().children().size() >= 1);
        RenderedPage page =
                ArticleRenderer.render(a, ProfileLoader.forArticle(Samples.TIDES), PageOptions.preview(FILE_NAME));
        assertThat(Jsoup.parse(page.html()).select("#mh-body > div.mh-chunk")).hasSize(chunks.size());
    }

    @Test
    void firstParagraphIsPlainText() {
        assertThat(PlainText.firstParagraph(
                        "# Title\n\nSome *emphasis*, a [link](http://x) and `code`\nacross lines.\n\nSecond."))
                .isEqualTo("Some emphasis, a link and code across lines.");
        assertThat(PlainText.firstParagraph("# Only a heading\n")).isEmpty();
    }
}
