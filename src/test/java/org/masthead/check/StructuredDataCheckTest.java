package org.masthead.check;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.Article;
import org.masthead.profile.ProfileLoader;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredDataCheckTest {
    @TempDir
    Path site;

    private List<String> findings(String profile, String header) throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "schema: hugo\n" + profile);
        Files.createDirectories(site.resolve("img"));
        ImageIO.write(
                new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB),
                "png",
                site.resolve("img/small.png").toFile());
        Path md = site.resolve("a.md");
        String text = "---\n" + header + "---\n\nBody.\n";
        Files.writeString(md, text);
        return ArticleChecker.check(Article.of(md, text, false), ProfileLoader.load(site.resolve("masthead.yml")))
                .stream()
                .filter(f -> Finding.STRUCTURED_DATA.equals(f.rule()))
                .map(f -> f.severity() + " " + f.key() + ": " + f.message())
                .toList();
    }

    @Test
    void aCompleteArticleHasNoFindings() throws Exception {
        Files.createDirectories(site.resolve("img"));
        ImageIO.write(
                new BufferedImage(1200, 630, BufferedImage.TYPE_INT_RGB),
                "png",
                site.resolve("img/big.png").toFile());
        assertThat(findings(
                        "base_url: https://s.example\nauthor:\n  name: A\n",
                        "title: T\ndate: 2024-01-02\nimage: /img/big.png\n"))
                .isEmpty();
    }

    @Test
    void eachRuleNamesItsSource() throws Exception {
        List<String> f = findings("", "title: " + "x".repeat(111) + "\nimage: /img/small.png\n");
        assertThat(f).anySatisfy(s -> assertThat(s)
                .startsWith("WARNING image: JSON-LD image: the image has no absolute URL"));
        f = findings(
                "base_url: https://s.example\n",
                "title: " + "x".repeat(111) + "\nimage: http://elsewhere.example/a.png\n" + "draft: false\n");
        assertThat(f).anySatisfy(s -> assertThat(s).startsWith("TIP title: JSON-LD headline: 111 characters"));
        assertThat(f).anySatisfy(s -> assertThat(s).startsWith("TIP date: JSON-LD datePublished"));
        assertThat(f).anySatisfy(s -> assertThat(s).startsWith("TIP null: JSON-LD author"));
        assertThat(f).allSatisfy(s -> assertThat(s)
                .contains("developers.google.com/search/docs/appearance/structured-data/article"));
    }

    @Test
    void aSmallImageAndNoImageAreNamed() throws Exception {
        String p = "base_url: https://s.example\nauthor:\n  name: A\n";
        assertThat(findings(p, "title: T\ndate: 2024-01-02\nimage: /img/small.png\n"))
                .containsExactly(
                        "WARNING image: JSON-LD image: 200×200 is under the 50,000 pixels (width × height) Google "
                                + "asks for (" + StructuredDataCheck.SOURCE + ")");
        assertThat(findings(p, "title: T\ndate: 2024-01-02\n"))
                .singleElement()
                .asString()
                .startsWith("TIP image: JSON-LD image: the article has none");
    }
}
