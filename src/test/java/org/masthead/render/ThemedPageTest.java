package org.masthead.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

class ThemedPageTest {
    private static final AssetLinker LINKED = p -> "linked/" + p.getFileName();
    private static final String PROFILE = "schema: article\nsite_name: Tide Tables\nbase_url: https://tides.example\n"
            + "page:\n  template: theme/article.mustache\n  stylesheets: [theme/site.css]\n";
    private static final String ARTICLE =
            "---\ntitle: \"Neap <b>tides</b>\"\ndes: \"A & B\"\npage_date: \"Dec 8, 2024\"\n"
                    + "tags: [tides, moon]\npage_image_src_rel: /images/moon.png\n---\n\n"
                    + "The *moon* pulls.\n\nSecond block.\n";

    @TempDir
    Path site;

    private SiteProfile site(String template, String css) throws Exception {
        Files.createDirectories(site.resolve("theme"));
        Files.createDirectories(site.resolve("images"));
        Files.writeString(site.resolve("masthead.yml"), PROFILE);
        Files.writeString(site.resolve("theme/article.mustache"), template);
        Files.writeString(site.resolve("theme/site.css"), css);
        Files.write(site.resolve("images/moon.png"), new byte[] {1});
        Files.write(site.resolve("theme/wave.woff2"), new byte[] {2});
        return ProfileLoader.load(site.resolve("masthead.yml"));
    }

    private RenderedPage render(SiteProfile profile, PageOptions options) {
        Article a = Article.of(site.resolve("a.md"), ARTICLE, false);
        return ArticleRenderer.render(a, profile, options);
    }

    private static final String TEMPLATE = "<!DOCTYPE html>\n<html lang=\"{{page.lang}}\"><head><title>{{title}} · "
            + "{{site_name}}</title>{{{meta}}}{{{stylesheets}}}<script>document.title='ran'</script></head>\n"
            + "<body><h1 class=\"t\">{{headline}}</h1><p class=\"raw\">{{{title}}}</p><p class=\"des\">{{des}}</p>"
            + "<ul>{{#tags}}<li>{{.}}</li>{{/tags}}</ul><img class=\"hero\" src=\"{{image_src}}\">"
            + "<time datetime=\"{{date_iso}}\">{{date}}</time>\n<main>{{{body}}}</main></body></html>\n";

    @Test
    void theTemplateGetsKeysRolesAndTheBodyEscapedUnlessItAsks() throws Exception {
        SiteProfile profile = site(TEMPLATE, "body { color: #123; }");
        RenderedPage page = render(profile, PageOptions.publish(LINKED, "<meta name=\"x\" content=\"y\">\n"));
        Document doc = Jsoup.parse(page.html());
        assertThat(doc.title()).isEqualTo("Neap <b>tides</b> · Tide Tables");
        assertThat(doc.selectFirst("h1.t").text()).isEqualTo("Neap <b>tides</b>");
        assertThat(doc.selectFirst("p.raw b").text()).isEqualTo("tides");
        assertThat(doc.selectFirst("p.des").text()).isEqualTo("A & B");
        assertThat(doc.select("li").eachText()).containsExactly("tides", "moon");
        assertThat(doc.selectFirst("img.hero").attr("src")).isEqualTo("linked/moon.png");
        assertThat(doc.selectFirst("time").attr("datetime")).isEqualTo("2024-12-08");
        assertThat(doc.selectFirst("main > #mh-body em").text()).isEqualTo("moon");
        assertThat(doc.selectFirst("meta[name=x]")).isNotNull();
        assertThat(doc.selectFirst("style").data()).contains("color: #123");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        // The site's own script is the site's: kept in the export.
        assertThat(doc.select("script").html()).contains("document.title='ran'");
        assertThat(page.html()).doesNotContain("Content-Security-Policy");
    }

    @Test
    void thePreviewRunsAndFetchesNothingAndPatchesTheBody() throws Exception {
        SiteProfile profile = site(
                TEMPLATE, "@font-face { src: url(wave.woff2); } h1 { background: url('https://cdn.example/x.png'); }");
        RenderedPage page = render(profile, PageOptions.preview(LINKED));
        Document doc = Jsoup.parse(page.html());
        assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .contains("default-src 'none'");
        assertThat(page.html().indexOf("Content-Security-Policy"))
                .isLessThan(page.html().indexOf("<script"));
        assertThat(page.html()).startsWith("<!DOCTYPE html>");
        String css = doc.selectFirst("style").data();
        assertThat(css).contains("url(\"linked/wave.woff2\")").contains("background: url()");
        assertThat(doc.select("#mh-body > .mh-chunk")).hasSize(2);
        assertThat(page.frame()).contains(ThemedPage.BODY_MARK).doesNotContain("pulls");
    }

    @Test
    void exportedStylesheetsKeepRemoteReferencesAsWritten() throws Exception {
        SiteProfile profile = site(
                TEMPLATE,
                "h1 { background: url(\"https://cdn.example/x.png\"); } "
                        + "p { background: url(../images/moon.png) }");
        String css = Jsoup.parse(
                        render(profile, PageOptions.publish(LINKED, "")).html())
                .selectFirst("style")
                .data();
        assertThat(css).contains("url(\"https://cdn.example/x.png\")").contains("url(\"linked/moon.png\")");
    }

    @Test
    void aTemplateWithoutMetaOrStylesheetsGetsThemInItsHead() throws Exception {
        SiteProfile profile = site("<html><head><title>x</title></head><body>{{{body}}}</body></html>", "p{}");
        Document doc = Jsoup.parse(render(profile, PageOptions.publish(LINKED, "<meta name=\"x\" content=\"y\">"))
                .html());
        assertThat(doc.head().selectFirst("meta[name=x]")).isNotNull();
        assertThat(doc.head().selectFirst("style")).isNotNull();
    }

    @Test
    void aMistakeInTheTemplateShowsTheBuiltInPageWithWhereItIs() throws Exception {
        SiteProfile profile = site("<html>\n<body>\n  {{#tags}}<b>{{.}}</b>\n{{{body}}}</body></html>", "");
        RenderedPage page = render(profile, PageOptions.preview(LINKED));
        Document doc = Jsoup.parse(page.html());
        assertThat(page.frame()).isNull();
        assertThat(doc.getElementById("mh-theme-problem").text())
                .contains("article.mustache:3:3: the section 'tags' is never closed");
        assertThat(doc.getElementById("mh-headline")).isNotNull();
        // A published page never carries the notice.
        assertThat(Jsoup.parse(render(profile, PageOptions.publish(LINKED, "")).html())
                        .getElementById("mh-theme-problem"))
                .isNull();
    }

    @Test
    void aChangedStylesheetOnDiskIsReadAtTheNextPage() throws Exception {
        SiteProfile profile = site(TEMPLATE, "p { color: red; }");
        assertThat(render(profile, PageOptions.preview(LINKED)).html()).contains("color: red");
        Path css = site.resolve("theme/site.css");
        Files.writeString(css, "p { color: blue; }");
        Files.setLastModifiedTime(css, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(render(profile, PageOptions.preview(LINKED)).html()).contains("color: blue");
    }

    static void write(Path p, String s) throws IOException {
        Files.write(p, s.getBytes(StandardCharsets.UTF_8));
    }
}
