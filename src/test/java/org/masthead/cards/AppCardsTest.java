package org.masthead.cards;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.article.ArticleFiles;
import org.masthead.platform.CardPlatform;
import org.masthead.platform.ImageRules.Display;
import org.masthead.profile.ProfileLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** Bluesky, Mastodon, WhatsApp, iMessage and Telegram, against the tags and fallbacks in docs/cards.md. */
class AppCardsTest {
    private static final String SITE = "schema: article\nsite_name: Shore Log\nbase_url: https://shorelog.example\n";
    private static final String AUTHOR = "author:\n  name: Ada Quill\n  fediverse: \"@ada@shore.example\"\n";
    private static final String HEADER = "title: Low water at the harbour wall\n"
            + "header_title: What the harbour wall shows at low water\n"
            + "des: Old stones, new weed and a tide gauge nobody reads.\n"
            + "twitter_tittle: For X alone\ntwitter_des: Written for X\n"
            + "blog_url: https://shorelog.example/low-water\npage_image_src_rel: wall.png\n";

    @TempDir
    Path dir;

    private Map<CardPlatform, Card> cards(String profile, String header, int imgW, int imgH) throws Exception {
        Files.writeString(dir.resolve("masthead.yml"), profile);
        if (imgW > 0) {
            ImageIO.write(
                    new BufferedImage(imgW, imgH, BufferedImage.TYPE_INT_RGB),
                    "png",
                    dir.resolve("wall.png").toFile());
        }
        Path md = dir.resolve("a.md");
        Files.writeString(md, "---\n" + header + "---\nThe wall is older than the town.\n");
        return CardSet.of(ArticleFiles.read(md), ProfileLoader.forArticle(md), CardSet.XCard.PAGE).stream()
                .collect(Collectors.toMap(Card::platform, Function.identity()));
    }

    @Test
    void blueskyReadsOpenGraphAndDrawsItsOneLayoutWhateverTheImage() throws Exception {
        Card b = cards(SITE, HEADER, 1200, 630).get(CardPlatform.BLUESKY);
        assertThat(b.title().describe()).isEqualTo("og:title");
        assertThat(b.shownTitle()).isEqualTo("Low water at the harbour wall");
        assertThat(b.description().value()).isEqualTo("Old stones, new weed and a tide gauge nobody reads.");
        assertThat(b.image().display()).isEqualTo(Display.LARGE);
        assertThat(b.image().crop()).contains(new Crop(0, 0, 1200, 630));
        assertThat(b.notes()).anySatisfy(n -> assertThat(n).contains("made once"));
        Card square = cards(SITE, HEADER, 400, 400).get(CardPlatform.BLUESKY);
        assertThat(square.image().display()).as("no thumbnail layout").isEqualTo(Display.LARGE);
        assertThat(square.image().crop()).contains(new Crop(0, 95, 400, 210));
        Card big = cards(SITE, HEADER, 2400, 1260).get(CardPlatform.BLUESKY);
        assertThat(big.image().note()).contains("2000×2000");
    }

    @Test
    void mastodonReadsTheJsonLdFirstAndNamesTheAuthorInsteadOfTheDescription() throws Exception {
        Card m = cards(SITE + AUTHOR, HEADER, 1200, 630).get(CardPlatform.MASTODON);
        assertThat(m.title().describe()).isEqualTo("JSON-LD headline");
        assertThat(m.shownTitle()).isEqualTo("What the harbour wall shows at low water");
        assertThat(m.siteName().describe()).isEqualTo("JSON-LD publisher");
        assertThat(m.siteName().value()).isEqualTo("Shore Log");
        assertThat(m.description().describe()).isEqualTo("JSON-LD description");
        assertThat(m.shownDescription()).isEmpty();
        assertThat(m.byline()).isEqualTo("By Ada Quill");
        assertThat(m.notes())
                .anySatisfy(n -> assertThat(n).contains("@ada@shore.example").contains("shorelog.example"));
        assertThat(m.image().url().describe()).isEqualTo("og:image");
        assertThat(m.image().display()).isEqualTo(Display.LARGE);
        assertThat(m.image().crop()).contains(new Crop(0, 1, 1200, 628));

        Card noAuthor = cards(SITE, HEADER, 600, 800).get(CardPlatform.MASTODON);
        assertThat(noAuthor.byline()).isEmpty();
        assertThat(noAuthor.shownDescription()).isEqualTo("Old stones, new weed and a tide gauge nobody reads.");
        assertThat(noAuthor.image().display())
                .as("portrait: a square beside the text")
                .isEqualTo(Display.SMALL);
        assertThat(noAuthor.image().crop()).contains(new Crop(0, 100, 600, 600));
        var html = Jsoup.parse(CardsHtml.page(java.util.List.of(noAuthor), f -> "x.png", false, false));
        assertThat(html.select("#card-mastodon .row.small .c-image img")).hasSize(1);
        assertThat(html.selectFirst("#card-mastodon .c-site").text()).isEqualTo("Shore Log");
    }

    @Test
    void whatsAppReadsOpenGraphAloneAndSaysWhichOfItsFourTagsAreMissing() throws Exception {
        Map<CardPlatform, Card> c = cards("schema: article\n", "title: Low water\n", 0, 0);
        Card w = c.get(CardPlatform.WHATSAPP);
        assertThat(w.title().describe()).isEqualTo("og:title");
        assertThat(w.notes())
                .containsExactly("WhatsApp asks for og:url and og:image, which the page lacks: it may show no preview");
        assertThat(w.image().placeholder()).isEqualTo("No image: og:image is missing");
        Card full = cards(SITE, HEADER, 1200, 630).get(CardPlatform.WHATSAPP);
        assertThat(full.title().value()).as("twitter:title is not read").isEqualTo("Low water at the harbour wall");
        assertThat(full.notes()).isEmpty();
        assertThat(full.image().display()).isEqualTo(Display.LARGE);
        Card narrow = cards(SITE, HEADER, 280, 200).get(CardPlatform.WHATSAPP);
        assertThat(narrow.image().display()).isEqualTo(Display.SMALL);
        assertThat(narrow.image().note()).isEqualTo("under 300 px wide, WhatsApp shows a thumbnail");
        Card wide = cards(SITE, HEADER, 1300, 300).get(CardPlatform.WHATSAPP);
        assertThat(wide.image().note()).isEqualTo("wider than 4:1, WhatsApp shows a thumbnail");
        var html = Jsoup.parse(CardsHtml.page(java.util.List.of(wide), f -> "x.png", false, false));
        assertThat(html.select("#card-whatsapp .w-preview .row.small .c-image")).hasSize(1);
        assertThat(html.selectFirst("#card-whatsapp .m-link").text()).isEqualTo("https://shorelog.example/low-water");
    }

    @Test
    void iMessageShowsTitleAndDomainAndMakesASmallPictureAnIcon() throws Exception {
        String header = HEADER.replace("title: Low water at the harbour wall", "title: Low water · Shore Log");
        Card i = cards(SITE, header, 600, 400).get(CardPlatform.IMESSAGE);
        assertThat(i.title().describe()).isEqualTo("og:title");
        assertThat(i.shownDescription()).isEmpty();
        assertThat(i.domain()).isEqualTo("shorelog.example");
        assertThat(i.image().display()).isEqualTo(Display.LARGE);
        assertThat(i.image().note()).isEqualTo("Apple asks for at least 900 px wide");
        assertThat(i.image().crop()).as("Apple documents no crop").isEmpty();
        assertThat(i.notes()).anySatisfy(n -> assertThat(n).contains("og:site_name"));
        Card icon = cards(SITE, HEADER, 120, 120).get(CardPlatform.IMESSAGE);
        assertThat(icon.image().display()).isEqualTo(Display.SMALL);
        assertThat(icon.notes()).noneSatisfy(n -> assertThat(n).contains("og:site_name"));
        var html = Jsoup.parse(CardsHtml.page(java.util.List.of(icon), f -> "x.png", false, false));
        assertThat(html.select("#card-imessage .row.small .text + .c-image")).hasSize(1);
        assertThat(html.select("#card-imessage .c-desc")).isEmpty();
    }

    @Test
    void telegramReadsOpenGraphThenXAndShowsAnArticlesImageBesideTheText() throws Exception {
        Card t = cards(SITE, HEADER, 1200, 630).get(CardPlatform.TELEGRAM);
        assertThat(t.title().describe()).isEqualTo("og:title");
        assertThat(t.siteName().value()).isEqualTo("Shore Log");
        assertThat(t.image().display()).isEqualTo(Display.SMALL);
        assertThat(t.image().crop()).contains(new Crop(285, 0, 630, 630));
        var html = Jsoup.parse(CardsHtml.page(java.util.List.of(t), f -> "x.png", false, false));
        assertThat(html.selectFirst("#card-telegram .t-preview .c-site").text()).isEqualTo("Shore Log");
        assertThat(html.select("#card-telegram .row.small .text + .c-image img"))
                .hasSize(1);
    }

    @Test
    void hostileValuesStayTextInEveryNewCard() throws Exception {
        String header = "title: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"\n"
                + "des: \"</div><b>bold</b>\"\nblog_url: https://shorelog.example/a\n";
        Map<CardPlatform, Card> c = cards(SITE + AUTHOR, header, 0, 0);
        var html = Jsoup.parse(CardsHtml.page(java.util.List.copyOf(c.values()), f -> "x.png", true, true));
        assertThat(html.select("script, b, img[onerror]")).isEmpty();
        for (String id : new String[] {"bluesky", "mastodon", "whatsapp", "imessage", "telegram"}) {
            assertThat(html.selectFirst("#card-" + id + " .c-title").text())
                    .as(id)
                    .isEqualTo("<script>alert(1)</script><img src=x onerror=alert(2)>");
        }
    }
}
