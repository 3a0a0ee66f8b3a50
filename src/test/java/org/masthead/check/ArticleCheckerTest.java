package org.masthead.check;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.image.ImageProbe;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleCheckerTest {

    /** The findings but the structured data's and X's card's tips, which their own tests cover. */
    private static List<Finding> check(Path file) throws Exception {
        return ArticleChecker.check(ArticleFiles.read(file), ProfileLoader.forArticle(file)).stream()
                .filter(f -> !Finding.STRUCTURED_DATA.equals(f.rule()) && !Finding.X_CARD.equals(f.rule()))
                .toList();
    }

    private static List<Finding> check(String text, SiteProfile profile) {
        return ArticleChecker.check(Article.of(profile.siteRoot().resolve("a.md"), text, false), profile);
    }

    private static List<String> keys(List<Finding> findings, Severity severity) {
        return findings.stream()
                .filter(f -> f.severity() == severity)
                .map(Finding::key)
                .toList();
    }

    @Test
    void theReferenceShapeReportsItsOverLongTitleDesAndTwitterDes(@TempDir Path dir) throws Exception {
        Path site = Samples.copyTo(dir).resolve("site");
        Path md = site.resolve("articles/tidal-power-town.md");
        Files.writeString(md, ReferenceShapedArticle.TEXT);
        List<Finding> findings = check(md);
        assertThat(keys(findings, Severity.WARNING)).containsExactlyInAnyOrder("title", "des", "twitter_des");
        assertThat(keys(findings, Severity.ERROR)).isEmpty();
        Finding title = findings.stream()
                .filter(f -> "title".equals(f.key()))
                .findFirst()
                .orElseThrow();
        assertThat(title.line()).isEqualTo(2);
        assertThat(title.column()).isEqualTo(10);
        assertThat(title.message()).contains("70 characters").contains("60");
        Finding tdes = findings.stream()
                .filter(f -> "twitter_des".equals(f.key()))
                .findFirst()
                .orElseThrow();
        assertThat(tdes.line()).isEqualTo(7);
        assertThat(tdes.message()).contains("219 characters").contains("200");
    }

    @Test
    void theGoodSamplesHaveNoFindings() throws Exception {
        assertThat(check(Samples.TIDES)).isEmpty();
        assertThat(check(Samples.CATALOGUE)).isEmpty();
        assertThat(check(Samples.HUGO)).isEmpty();
    }

    @Test
    void theDraftSampleFailsEachWayItWasWrittenTo() throws Exception {
        List<Finding> f = check(Samples.DRAFT);
        assertThat(keys(f, Severity.ERROR))
                .containsExactlyInAnyOrder("blog_url", "page_date", "figure_author_url", "page_image_src_rel");
        assertThat(keys(f, Severity.WARNING))
                .contains("title", "des", "twitter_tittle", "page_first_p", "img_url_full");
        assertThat(f)
                .filteredOn(x -> x.key() == null)
                .extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("<script>"))
                .anySatisfy(m -> assertThat(m).contains("javascript:"));
        assertThat(keys(f, Severity.TIP)).containsExactly("reviewer");
        Finding script = f.stream()
                .filter(x -> x.message().contains("<script>"))
                .findFirst()
                .orElseThrow();
        assertThat(Files.readAllLines(Samples.DRAFT).get(script.line() - 1)).startsWith("<script>");
    }

    @Test
    void requiredKeysMissingOrEmpty(@TempDir Path dir) {
        SiteProfile p = SiteProfile.defaults(dir);
        List<Finding> f = check("---\ntitle: T\ndes: \"\"\nheader_title:\n---\nBody\n", p);
        assertThat(keys(f, Severity.ERROR))
                .contains("des", "blog_url", "page_date")
                .doesNotContain("title", "header_title");
        assertThat(f)
                .filteredOn(x -> "header_title".equals(x.key()))
                .extracting(Finding::severity)
                .containsExactly(Severity.WARNING);
        Finding des = f.stream().filter(x -> "des".equals(x.key())).findFirst().orElseThrow();
        assertThat(des.line()).isEqualTo(3);
    }

    @Test
    void limitsComeFromTheProfile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("masthead.yml"), "schema: hugo\nlimits:\n  title: 10\n");
        Path md = dir.resolve("a.md");
        Files.writeString(md, "---\ntitle: Eleven char\ndate: 2024-01-02\n---\nBody\n");
        assertThat(keys(check(md), Severity.WARNING)).containsExactly("title");
        Files.writeString(md, "---\ntitle: Ten chars!\ndate: 2024-01-02\n---\nBody\n");
        assertThat(check(md)).isEmpty();
    }

    @Test
    void imagesAreCheckedForPresenceFormatSizeAndRatio(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("masthead.yml"), "schema: hugo\nbase_url: https://s.example\n");
        Files.createDirectories(dir.resolve("img"));
        write(dir.resolve("img/good.png"), 1200, 630);
        write(dir.resolve("img/small.png"), 600, 315);
        write(dir.resolve("img/square.png"), 1200, 1200);
        Files.writeString(dir.resolve("img/logo.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path big = dir.resolve("img/big.png");
        write(big, 1200, 630);
        Files.write(big, new byte[6 * 1024 * 1024], StandardOpenOption.APPEND);
        Path md = dir.resolve("a.md");
        Map<String, String> expectations = Map.of(
                "/img/good.png", "",
                "/img/missing.png", "ERROR image not found",
                "/img/small.png", "WARNING 600×315",
                "/img/square.png", "WARNING ratio is 1.00:1",
                "/img/logo.svg", "ERROR SVG",
                "/img/big.png", "ERROR over 5 MB");
        for (var e : expectations.entrySet()) {
            Files.writeString(md, "---\ntitle: T\ndate: 2024-01-02\nimage: " + e.getKey() + "\n---\nBody\n");
            List<Finding> f = check(md);
            if (e.getValue().isEmpty()) {
                assertThat(f).as(e.getKey()).isEmpty();
            } else {
                String severity = e.getValue().substring(0, e.getValue().indexOf(' '));
                String text = e.getValue().substring(severity.length() + 1);
                assertThat(f).as(e.getKey()).anySatisfy(x -> {
                    assertThat(x.severity().name()).isEqualTo(severity);
                    assertThat(x.key()).isEqualTo("image");
                    assertThat(x.line()).isEqualTo(4);
                    assertThat(x.message()).contains(text);
                });
            }
        }
    }

    @Test
    void webpImagesAreRead() throws Exception {
        var facts = ImageProbe.read(Samples.SITE.resolve("images/posts_img/tide-tables.webp"));
        assertThat(facts.format()).isEqualTo("webp");
        assertThat(facts.width()).isEqualTo(1200);
        assertThat(facts.height()).isEqualTo(630);
    }

    @Test
    void urlsAndDatesAreChecked(@TempDir Path dir) {
        SiteProfile p = SiteProfile.defaults(dir);
        List<Finding> f = check(
                "---\nblog_url: ftp://x\nfigure_author_url: \"javascript:alert(1)\"\npage_date: 8 Dec 2024\n---\n", p);
        assertThat(keys(f, Severity.ERROR)).contains("blog_url", "figure_author_url", "page_date");
        assertThat(check("---\npage_date: Dec 8, 2024\n---\n", p)).noneMatch(x -> "page_date".equals(x.key()));
    }

    @Test
    void aBrokenHeaderIsOneErrorAtItsLine(@TempDir Path dir) {
        List<Finding> f = check("---\ntitle: ok\nbad: [unclosed\n---\nBody\n", SiteProfile.defaults(dir));
        assertThat(f).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(f.get(0).line()).isBetween(3, 4);
    }

    @Test
    void eventHandlersAndScriptLinksInHtmlAreWarned(@TempDir Path dir) {
        List<Finding> f = check(
                "---\ntitle: t\n---\nText\n\n<div onclick=\"x()\">a</div>\n\n<a href=\"javascript:void(0)\">b</a>\n",
                SiteProfile.defaults(dir));
        assertThat(f).filteredOn(x -> x.key() == null).extracting(Finding::line).contains(6, 8);
    }

    private static void write(Path file, int w, int h) throws Exception {
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
    }

    @Test
    void imageChecksNameWhatEachPlatformDoesWithTheImage(@TempDir Path dir) throws Exception {
        ImageIO.write(
                new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB),
                "png",
                dir.resolve("small.png").toFile());
        ImageIO.write(
                new BufferedImage(280, 150, BufferedImage.TYPE_INT_RGB),
                "gif",
                dir.resolve("tiny.gif").toFile());
        SiteProfile withBase = new SiteProfile(
                null, null, "", "https://s.example", dir, null, Map.of(), "", "", null, null, null, null, null);
        List<String> small = check("---\ntitle: T\npage_image_src_rel: /small.png\n---\nBody\n", withBase).stream()
                .filter(f -> "page_image_src_rel".equals(f.key()))
                .map(f -> f.severity().label() + ": " + f.message())
                .toList();
        assertThat(small).contains("warning: Facebook: under 600×315, Facebook shows a small square");
        assertThat(small)
                .noneMatch(m -> m.startsWith("warning: LinkedIn")
                        || m.startsWith("warning: X")
                        || m.startsWith("warning: WhatsApp"));

        List<String> tiny = check("---\ntitle: T\npage_image_src_rel: /tiny.gif\n---\nBody\n", withBase).stream()
                .filter(f -> "page_image_src_rel".equals(f.key()))
                .map(f -> f.severity().label() + ": " + f.message())
                .toList();
        assertThat(tiny)
                .contains(
                        "warning: X · summary_large_image: X needs at least 300×157 for this card",
                        "warning: Facebook: Facebook needs at least 200×200",
                        "warning: LinkedIn: under 401 px wide, LinkedIn shows a thumbnail",
                        "warning: WhatsApp: under 300 px wide, WhatsApp shows a thumbnail",
                        "tip: animated GIFs show only their first frame in cards");

        List<String> relative =
                check("---\ntitle: T\npage_image_src_rel: /small.png\n---\nBody\n", SiteProfile.defaults(dir)).stream()
                        .filter(f -> f.severity() == Severity.ERROR)
                        .map(Finding::message)
                        .toList();
        assertThat(relative).anyMatch(m -> m.startsWith("og:image would be a relative URL"));
    }
}
