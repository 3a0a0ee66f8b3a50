package org.masthead.cards;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.ArticleFiles;
import org.masthead.platform.CardPlatform;
import org.masthead.platform.ImageRules;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

class CardSetTest {
    @TempDir
    Path dir;

    private Map<CardPlatform, Card> cards(String header, String body, CardSet.XCard x) throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, "---\n" + header + "---\n" + body);
        return CardSet.of(ArticleFiles.read(md), SiteProfile.defaults(dir), x).stream()
                .collect(Collectors.toMap(Card::platform, Function.identity()));
    }

    @Test
    void everyPlatformTakesItsOwnTagsFirst() throws Exception {
        Map<CardPlatform, Card> c = cards(
                "title: Page title\ndes: Meta description\ntwitter_tittle: X title\n"
                        + "twitter_des: X description\nblog_url: https://www.site.example/a/b\n",
                "Body text.\n",
                CardSet.XCard.PAGE);
        assertThat(c.get(CardPlatform.X_SUMMARY).title().describe()).isEqualTo("twitter:title");
        assertThat(c.get(CardPlatform.X_SUMMARY).shownTitle()).isEqualTo("X title");
        assertThat(c.get(CardPlatform.X_SUMMARY).description().value()).isEqualTo("X description");
        assertThat(c.get(CardPlatform.FACEBOOK).title().describe()).isEqualTo("og:title");
        assertThat(c.get(CardPlatform.FACEBOOK).shownTitle()).isEqualTo("Page title");
        assertThat(c.get(CardPlatform.LINKEDIN).description().value())
                .as("LinkedIn ignores twitter:*")
                .isEqualTo("Meta description");
        assertThat(c.get(CardPlatform.SLACK).title().value())
                .as("Slack reads X's tags before Open Graph")
                .isEqualTo("X title");
        assertThat(c.get(CardPlatform.DISCORD).title().value())
                .as("Discord reads Open Graph first")
                .isEqualTo("Page title");
        assertThat(c.get(CardPlatform.GOOGLE_DESKTOP).title().describe()).isEqualTo("<title>");
        assertThat(c.get(CardPlatform.GOOGLE_DESKTOP).description().describe()).isEqualTo("meta description");
        assertThat(c.get(CardPlatform.FACEBOOK).domain()).isEqualTo("site.example");
        assertThat(c).doesNotContainKey(CardPlatform.X_LARGE).as("no image: the page asks for the summary card");
    }

    @Test
    void xFallsBackToOpenGraphAndSaysSo() throws Exception {
        Map<CardPlatform, Card> c =
                cards("title: Only a title\n", "First paragraph of the body.\n", CardSet.XCard.LARGE);
        Card x = c.get(CardPlatform.X_LARGE);
        assertThat(x.title().value()).isEqualTo("Only a title");
        assertThat(x.title().describe()).isEqualTo("og:title — twitter:title missing");
        assertThat(x.description().describe()).isEqualTo("og:description — twitter:description missing");
        assertThat(x.description().value())
                .as("og:description falls back to the body's first paragraph in the page")
                .isEqualTo("First paragraph of the body.");
        assertThat(x.image().shown()).isFalse();
        assertThat(x.image().placeholder()).isEqualTo("No image: twitter:image and og:image are missing");
        assertThat(c.get(CardPlatform.FACEBOOK).image().placeholder()).isEqualTo("No image: og:image is missing");
        assertThat(c.get(CardPlatform.FACEBOOK).domain()).isEmpty();
    }

    @Test
    void slackAndDiscordFallBackToTheMetaDescriptionWhereXHasNothing() throws Exception {
        Map<CardPlatform, Card> c = cards("title: T\n", "", CardSet.XCard.SUMMARY);
        assertThat(c.get(CardPlatform.X_SUMMARY).description().describe())
                .isEqualTo("nothing: twitter:description, og:description all missing");
        assertThat(c.get(CardPlatform.DISCORD).description().isEmpty()).isTrue();
        assertThat(c.get(CardPlatform.GOOGLE_MOBILE).description().describe())
                .isEqualTo("nothing: meta description, first text of the page all missing");
    }

    @Test
    void textsAreCutToEachPlatformsLimits() throws Exception {
        String title = "word ".repeat(60).strip();
        String des = "text ".repeat(100).strip();
        Map<CardPlatform, Card> c = cards("title: " + title + "\ndes: " + des + "\n", "", CardSet.XCard.SUMMARY);
        assertThat(c.get(CardPlatform.X_SUMMARY).shownTitle())
                .hasSizeLessThanOrEqualTo(70)
                .endsWith("…");
        assertThat(c.get(CardPlatform.X_SUMMARY).shownDescription())
                .hasSizeLessThanOrEqualTo(200)
                .endsWith("…");
        assertThat(c.get(CardPlatform.DISCORD).shownTitle())
                .hasSizeLessThanOrEqualTo(256)
                .endsWith("…");
        assertThat(c.get(CardPlatform.DISCORD).shownDescription())
                .hasSizeLessThanOrEqualTo(350)
                .endsWith("…");
        assertThat(c.get(CardPlatform.FACEBOOK).shownTitle())
                .as("Facebook cuts by lines, in the card")
                .isEqualTo(title);
        assertThat(TextWidth.pixels(c.get(CardPlatform.GOOGLE_DESKTOP).shownTitle(), 20))
                .isLessThanOrEqualTo(600);
        String desktop = c.get(CardPlatform.GOOGLE_DESKTOP).shownDescription();
        String mobile = c.get(CardPlatform.GOOGLE_MOBILE).shownDescription();
        assertThat(TextWidth.pixels(desktop, 14)).isLessThanOrEqualTo(920).isGreaterThan(880);
        assertThat(TextWidth.pixels(mobile, 14)).isLessThanOrEqualTo(680).isGreaterThan(640);
    }

    @Test
    void theXSummaryTitleIsCutToItsOneLineAtAWord() throws Exception {
        String title = "Reading the tide tables before a coastal walk on the northern shore";
        Map<CardPlatform, Card> c = cards("title: " + title + "\n", "", CardSet.XCard.SUMMARY);
        String shown = c.get(CardPlatform.X_SUMMARY).shownTitle();
        assertThat(shown).isEqualTo("Reading the tide tables before a coastal walk on…");
        assertThat(TextWidth.pixels(shown, CardPlatform.X_FONT)).isLessThanOrEqualTo(CardPlatform.X_SUMMARY_TITLE_PX);
        assertThat(cards("title: " + title + "\n", "", CardSet.XCard.LARGE)
                        .get(CardPlatform.X_LARGE)
                        .shownTitle())
                .as("the large card has the width for it")
                .isEqualTo(title);
    }

    @Test
    void theSampleImageIsCroppedToEachPlatformsRatio() throws Exception {
        Path md = Samples.CATALOGUE;
        List<Card> all = CardSet.of(ArticleFiles.read(md), ProfileLoader.forArticle(md), CardSet.XCard.PAGE);
        Map<CardPlatform, Card> c = all.stream().collect(Collectors.toMap(Card::platform, Function.identity()));
        assertThat(c.get(CardPlatform.X_LARGE).image().crop()).contains(new Crop(0, 15, 1200, 600));
        assertThat(c.get(CardPlatform.FACEBOOK).image().crop()).contains(new Crop(0, 1, 1200, 628));
        assertThat(c.get(CardPlatform.LINKEDIN).image().crop()).contains(new Crop(0, 1, 1200, 628));
        assertThat(c.get(CardPlatform.GOOGLE_MOBILE).image().crop()).contains(new Crop(285, 0, 630, 630));
        assertThat(c.get(CardPlatform.SLACK).image().crop())
                .as("Slack keeps the image's own ratio")
                .isEmpty();
        assertThat(c.get(CardPlatform.SLACK).image().shown()).isTrue();
        assertThat(c.get(CardPlatform.FACEBOOK).domain()).isEqualTo("harbournotes.example");

        var html = Jsoup.parse(CardsHtml.page(all, f -> "img/" + f.getFileName(), true, true));
        assertThat(html.select("section.platform")).hasSize(12);
        assertThat(html.select("script")).isEmpty();
        assertThat(html.selectFirst("#card-x-summary-large-image .c-image img").attr("src"))
                .isEqualTo("img/card-catalogue.jpg");
        assertThat(html.selectFirst("#card-x-summary-large-image .crop-frame").attr("style"))
                .contains("top:2.381%")
                .contains("height:95.238%");
        // Beside a square thumbnail there is no room for the whole picture: it goes below the row.
        var mobileCrop = html.selectFirst("#card-google-mobile .c-crop");
        assertThat(mobileCrop.previousElementSibling().hasClass("row")).isTrue();
        assertThat(mobileCrop.selectFirst(".crop-frame").attr("style")).contains("left:23.750%;top:0.000%");
    }

    @Test
    void smallImagesShowAsPlatformsShowThem() throws Exception {
        Path img = dir.resolve("small.png");
        ImageIO.write(new BufferedImage(500, 300, BufferedImage.TYPE_INT_RGB), "png", img.toFile());
        Map<CardPlatform, Card> c = cards(
                "title: T\nblog_url: https://s.example/a\npage_image_src_rel: small.png\n", "", CardSet.XCard.LARGE);
        assertThat(c.get(CardPlatform.FACEBOOK).image().display()).isEqualTo(ImageRules.Display.SMALL);
        assertThat(c.get(CardPlatform.FACEBOOK).image().crop()).contains(new Crop(100, 0, 300, 300));
        assertThat(c.get(CardPlatform.LINKEDIN).image().display()).isEqualTo(ImageRules.Display.LARGE);
        assertThat(c.get(CardPlatform.X_LARGE).image().display()).isEqualTo(ImageRules.Display.LARGE);
        ImageIO.write(new BufferedImage(280, 150, BufferedImage.TYPE_INT_RGB), "png", img.toFile());
        c = cards("title: T\nblog_url: https://s.example/a\npage_image_src_rel: small.png\n", "", CardSet.XCard.LARGE);
        assertThat(c.get(CardPlatform.X_LARGE).image().placeholder())
                .isEqualTo("Not shown: X needs at least 300×157 for this card");
        assertThat(c.get(CardPlatform.LINKEDIN).image().display()).isEqualTo(ImageRules.Display.SMALL);
        assertThat(c.get(CardPlatform.FACEBOOK).image().placeholder())
                .isEqualTo("Not shown: Facebook needs at least 200×200");
    }

    @Test
    void aMissingFileIsNamedInThePlaceholder() throws Exception {
        Map<CardPlatform, Card> c = cards(
                "title: T\nblog_url: https://s.example/a\npage_image_src_rel: /img/gone.png\n",
                "",
                CardSet.XCard.LARGE);
        assertThat(c.get(CardPlatform.FACEBOOK).image().placeholder())
                .isEqualTo("Image not found: https://s.example/img/gone.png should be "
                        + dir.resolve("img/gone.png").toAbsolutePath());
        c = cards(
                "title: T\nblog_url: https://s.example/a\nimg_url_full: https://cdn.example/x.png\n",
                "",
                CardSet.XCard.LARGE);
        assertThat(c.get(CardPlatform.FACEBOOK).image().placeholder())
                .startsWith("Not on this computer: https://cdn.example/x.png");
    }
}
