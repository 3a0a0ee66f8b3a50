package org.masthead.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** The exported page's JSON-LD and social tags, for the reference article's header shape. */
class StructuredDataTest {
    private static final String PROFILE = "schema: article\nsite_name: Quay Gazette\nbase_url: https://quay.example\n"
            + "language: en-GB\ndate_format: MMM d, yyyy\npublisher:\n  type: NewsArticle\n  logo: /images/logo.png\n"
            + "  twitter: \"@quaygazette\"\nauthor:\n  name: Tamsin Trevail\n  url: https://quay.example/about\n"
            + "  twitter: tamsin_t\n  fediverse: \"@tamsin@quay.example\"\n";

    @TempDir
    Path site;

    private Document page(String title, String des) throws Exception {
        Files.writeString(site.resolve("masthead.yml"), PROFILE);
        String header = "---\n  title: " + title + "\n  blog_url: \"https://quay.example/articles/nets\"\n"
                + "  img_alt: \"Nets drying on the harbour rail\"\n  des: " + des + "\n"
                + "  twitter_tittle: \"Nets\"\n  header_title: " + title + "\n  page_date: \"Dec 8, 2024\"\n"
                + "  page_image_src_rel: \"/images/nets.webp\"\n---\n\nThe nets dry on the rail.\n";
        Path file = site.resolve("nets.md");
        Files.writeString(file, header);
        Article a = Article.of(file, header, false);
        SiteProfile profile = ProfileLoader.load(site.resolve("masthead.yml"));
        return Jsoup.parse(
                HtmlExporter.html(a, profile, site.resolve("out/nets.html"), false, new java.util.ArrayList<>()));
    }

    private static JsonObject jsonLd(Document doc) {
        var scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        return JsonParser.parseString(scripts.first().data()).getAsJsonObject();
    }

    @Test
    void theArticleHasItsJsonLdWithAbsoluteUrls() throws Exception {
        JsonObject j = jsonLd(page("\"Mending the nets\"", "\"How the nets are mended\""));
        assertThat(j.get("@context").getAsString()).isEqualTo("https://schema.org");
        assertThat(j.get("@type").getAsString()).isEqualTo("NewsArticle");
        assertThat(j.get("headline").getAsString()).isEqualTo("Mending the nets");
        assertThat(j.get("description").getAsString()).isEqualTo("How the nets are mended");
        assertThat(j.getAsJsonArray("image").get(0).getAsString()).isEqualTo("https://quay.example/images/nets.webp");
        assertThat(j.get("datePublished").getAsString()).isEqualTo("2024-12-08");
        assertThat(j.get("dateModified").getAsString()).isEqualTo("2024-12-08");
        JsonObject author = j.getAsJsonArray("author").get(0).getAsJsonObject();
        assertThat(author.get("name").getAsString()).isEqualTo("Tamsin Trevail");
        assertThat(author.get("url").getAsString()).isEqualTo("https://quay.example/about");
        JsonObject publisher = j.getAsJsonObject("publisher");
        assertThat(publisher.get("name").getAsString()).isEqualTo("Quay Gazette");
        assertThat(publisher.getAsJsonObject("logo").get("url").getAsString())
                .isEqualTo("https://quay.example/images/logo.png");
        assertThat(j.getAsJsonObject("mainEntityOfPage").get("@id").getAsString())
                .isEqualTo("https://quay.example/articles/nets");
    }

    @Test
    void theSocialTagsComeFromTheProfile() throws Exception {
        Document doc = page("\"Mending the nets\"", "\"d\"");
        assertThat(doc.selectFirst("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
        assertThat(doc.selectFirst("meta[name=twitter:site]").attr("content")).isEqualTo("@quaygazette");
        assertThat(doc.selectFirst("meta[name=twitter:creator]").attr("content"))
                .isEqualTo("@tamsin_t");
        assertThat(doc.selectFirst("meta[name=fediverse:creator]").attr("content"))
                .isEqualTo("@tamsin@quay.example");
    }

    @Test
    void hostileValuesCannotCloseTheScriptOrOpenAComment() throws Exception {
        String hostile = "\"</script><script>alert(1)</script> <!-- & \\\" end\"";
        Document doc = page(hostile, hostile);
        String raw = doc.selectFirst("script[type=application/ld+json]").data();
        assertThat(raw).doesNotContain("</script").doesNotContain("<!--").doesNotContain("<");
        JsonObject j = jsonLd(doc);
        assertThat(j.get("headline").getAsString()).isEqualTo("</script><script>alert(1)</script> <!-- & \" end");
        // Nothing the value held became an element of the page.
        assertThat(doc.select("script")).hasSize(1);
        assertThat(List.of(StructuredData.scriptSafe("<!--&>"))).containsExactly("\\u003c!--\\u0026\\u003e");
        // YAML reads U+2028 and U+2029 as line breaks; a value from elsewhere may still hold them.
        StructuredData d = new StructuredData("BlogPosting", "a\u2028b\u2029c", "", "", "", "", "", "", "", "", "");
        assertThat(d.json()).doesNotContain("\u2028").doesNotContain("\u2029").contains("a\\u2028b\\u2029c");
        assertThat(JsonParser.parseString(d.json())
                        .getAsJsonObject()
                        .get("headline")
                        .getAsString())
                .isEqualTo("a\u2028b\u2029c");
    }
}
