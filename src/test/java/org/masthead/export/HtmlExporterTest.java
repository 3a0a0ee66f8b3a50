package org.masthead.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatter;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.yaml.ScalarWriter;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExporterTest {

    private static String meta(Document doc, String attr, String key) {
        Element e = doc.selectFirst("meta[" + attr + "=" + key + "]");
        return e == null ? null : e.attr("content");
    }

    @Test
    void metaTagsEqualTheFrontMatterValues(@TempDir Path dir) throws Exception {
        Path site = Samples.copyTo(dir);
        Path md = site.resolve("site/articles/reading-the-tide-tables.md");
        Article a = ArticleFiles.read(md);
        FrontMatter fm = a.requireFrontMatter();
        Path out = dir.resolve("out/page.html");
        HtmlExporter.export(a, ProfileLoader.forArticle(md), out, false);
        Document doc = Jsoup.parse(Files.readString(out));
        // The sample site's template writes "{{page.title}} · {{site_name}}".
        assertThat(doc.title()).isEqualTo(fm.text("title") + " · Harbour Notes");
        assertThat(meta(doc, "name", "description")).isEqualTo(fm.text("des"));
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(fm.text("blog_url"));
        assertThat(meta(doc, "property", "og:type")).isEqualTo("article");
        assertThat(meta(doc, "property", "og:title")).isEqualTo(fm.text("title"));
        assertThat(meta(doc, "property", "og:description")).isEqualTo(fm.text("des"));
        assertThat(meta(doc, "property", "og:url")).isEqualTo(fm.text("blog_url"));
        assertThat(meta(doc, "property", "og:image")).isEqualTo(fm.text("img_url_full"));
        assertThat(meta(doc, "property", "og:image:alt")).isEqualTo(fm.text("img_alt"));
        assertThat(meta(doc, "property", "og:image:width")).isEqualTo("1200");
        assertThat(meta(doc, "property", "og:image:height")).isEqualTo("630");
        assertThat(meta(doc, "property", "og:site_name")).isEqualTo("Harbour Notes");
        assertThat(meta(doc, "property", "article:published_time")).isEqualTo("2025-03-14");
        assertThat(meta(doc, "name", "twitter:card")).isEqualTo("summary_large_image");
        assertThat(meta(doc, "name", "twitter:title")).isEqualTo(fm.text("twitter_tittle"));
        assertThat(meta(doc, "name", "twitter:description")).isEqualTo(fm.text("twitter_des"));
        assertThat(meta(doc, "name", "twitter:image")).isEqualTo(fm.text("img_url_full"));
        assertThat(meta(doc, "name", "twitter:image:alt")).isEqualTo(fm.text("img_alt"));
        String src = doc.selectFirst("#mh-figure img").attr("src");
        assertThat(src).isEqualTo("../samples/site/images/posts_img/tide-tables.webp");
        assertThat(out.getParent().resolve(src).normalize()).exists();
        assertThat(Files.readString(out)).doesNotContain("file:");
    }

    @Test
    void hostileValuesStayText(@TempDir Path dir) throws Exception {
        String title = "\"</title><script>alert('t')</script> & <b>";
        String des = "'\"><img src=x onerror=alert(1)> ü 東京 🌃";
        String text = "---\ntitle: " + ScalarWriter.doubleQuoted(title)
                + "\ndes: " + ScalarWriter.doubleQuoted(des)
                + "\nblog_url: \"https://example.org/a?x=1&y='2'\"\n---\nBody\n";
        Path md = dir.resolve("hostile.md");
        Files.writeString(md, text);
        Path out = dir.resolve("hostile.html");
        HtmlExporter.export(ArticleFiles.read(md), SiteProfile.defaults(dir), out, false);
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.title()).isEqualTo(title);
        assertThat(meta(doc, "name", "description")).isEqualTo(des);
        assertThat(meta(doc, "property", "og:title")).isEqualTo(title);
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://example.org/a?x=1&y='2'");
        assertThat(doc.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(doc.select("img[onerror]")).isEmpty();
        assertThat(doc.getElementById("mh-headline").text()).isEqualTo(title);
    }

    @Test
    void fallbacksFollowThePlatforms(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("f.md");
        Files.writeString(
                md,
                "---\ntitle: Only a title\nblog_url: https://site.example/f\npage_image_src_rel: "
                        + "/img/x.png\n---\nFirst paragraph here.\n");
        Path out = dir.resolve("f.html");
        HtmlExporter.export(ArticleFiles.read(md), SiteProfile.defaults(dir), out, false);
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(meta(doc, "property", "og:title")).isEqualTo("Only a title");
        assertThat(meta(doc, "name", "twitter:title"))
                .as("X falls back to og:title itself")
                .isNull();
        assertThat(meta(doc, "name", "description")).isEqualTo("First paragraph here.");
        assertThat(meta(doc, "property", "og:description")).isEqualTo("First paragraph here.");
        assertThat(meta(doc, "name", "twitter:description")).isNull();
        assertThat(meta(doc, "property", "og:image")).isEqualTo("https://site.example/img/x.png");
        assertThat(meta(doc, "property", "og:image:width")).isNull();
        assertThat(meta(doc, "property", "og:site_name")).isNull();
    }

    @Test
    void hugoTagsBecomeArticleTags(@TempDir Path dir) throws Exception {
        Path site = Samples.copyTo(dir);
        Path md = site.resolve("hugo-site/content/posts/night-market-photography.md");
        Path out = dir.resolve("n.html");
        HtmlExporter.export(ArticleFiles.read(md), ProfileLoader.forArticle(md), out, false);
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("meta[property=article:tag]"))
                .extracting(e -> e.attr("content"))
                .containsExactly("photography", "phones", "night markets");
        assertThat(meta(doc, "property", "og:image")).isEqualTo("https://nightlens.example/images/night-market.jpg");
        assertThat(meta(doc, "property", "article:published_time")).isEqualTo("2025-04-05");
        assertThat(doc.getElementById("mh-headline").text()).isEqualTo("Photographing a night market with a phone");
    }

    @Test
    void assetsCanBeCopiedBesideThePage(@TempDir Path dir) throws Exception {
        Path site = Samples.copyTo(dir);
        Path md = site.resolve("site/articles/reading-the-tide-tables.md");
        Path out = dir.resolve("export/tides.html");
        HtmlExporter.export(ArticleFiles.read(md), ProfileLoader.forArticle(md), out, true);
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.selectFirst("#mh-figure img").attr("src")).isEqualTo("assets/tide-tables.webp");
        assertThat(dir.resolve("export/assets/tide-tables.webp"))
                .hasSameBinaryContentAs(site.resolve("site/images/posts_img/tide-tables.webp"));
    }

    @Test
    void everyFrontMatterValueIsEscapedInTheExportedPage(@TempDir Path dir) throws Exception {
        String evil = "\"'><script>window.x=1</script><img src=x onerror=alert(1)>&amp;";
        StringBuilder header = new StringBuilder("---\n");
        for (String key : BuiltInSchemas.ARTICLE.keys()) {
            String value =
                    key.endsWith("url") || key.equals("blog_url") ? "https://s.example/" + evil : evil + " " + key;
            header.append(key)
                    .append(": ")
                    .append(ScalarWriter.doubleQuoted(value))
                    .append('\n');
        }
        Path md = dir.resolve("evil.md");
        Files.writeString(md, header + "---\nBody.\n");
        Path out = dir.resolve("evil.html");
        HtmlExporter.export(ArticleFiles.read(md), SiteProfile.defaults(dir), out, false);
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("script:not([type=application/ld+json])")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.select("img[src=x]")).isEmpty();
        assertThat(doc.title()).isEqualTo(evil + " title");
        assertThat(meta(doc, "property", "og:description")).isEqualTo(evil + " des");
        assertThat(doc.getElementById("mh-headline").text()).isEqualTo(evil + " header_title");
    }
}
