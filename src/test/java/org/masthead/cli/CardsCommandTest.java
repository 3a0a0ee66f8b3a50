package org.masthead.cli;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.Samples;
import org.masthead.cards.CardsHtml;
import org.masthead.platform.CardPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code masthead cards} on every sample: a picture per card, of the platform's width, with something drawn on it. */
class CardsCommandTest {

    /** Each kind of card the samples hold (every parseable sample with -Dsamples.all=true). */
    static List<Path> samples() {
        return Samples.picked();
    }

    static List<Path> unparseableSamples() {
        return Samples.unparseable();
    }

    @ParameterizedTest
    @MethodSource("unparseableSamples")
    void aHeaderThatDoesNotParseIsRefusedWithItsPlaceAndNoPictures(Path article, @TempDir Path out) {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = MastheadCommand.run(
                new String[] {"cards", article.toString(), "-o", out.toString()},
                new PrintWriter(o),
                new PrintWriter(e));
        assertThat(code).isNotZero();
        assertThat(e.toString()).containsPattern(Pattern.quote(article.toString()) + ":\\d+:\\d+: ");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesOnePictureOfTheExpectedSizePerCardAndAnIndex(Path article, @TempDir Path out) throws Exception {
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = MastheadCommand.run(
                new String[] {"cards", article.toString(), "-o", out.toString()},
                new PrintWriter(o),
                new PrintWriter(e));
        assertThat(code).as(e.toString()).isZero();
        var index = Jsoup.parse(Files.readString(out.resolve("index.html")));
        List<String> pictures = index.select("figure img").eachAttr("src");
        assertThat(pictures)
                .hasSize(12)
                .contains(
                        "bluesky.png",
                        "mastodon.png",
                        "whatsapp.png",
                        "imessage.png",
                        "telegram.png",
                        "facebook.png",
                        "linkedin.png",
                        "slack.png",
                        "discord.png",
                        "google-desktop.png",
                        "google-mobile.png");
        for (String name : pictures) {
            CardPlatform platform = Arrays.stream(CardPlatform.values())
                    .filter(p -> name.equals(p.id() + ".png"))
                    .findFirst()
                    .orElseThrow();
            BufferedImage img = ImageIO.read(out.resolve(name).toFile());
            assertThat(img.getWidth()).as(name).isEqualTo(platform.width() + 2 * CardsHtml.SHOT_MARGIN);
            assertThat(img.getHeight()).as(name).isBetween(100, 700);
            assertThat(colours(img)).as(name + " has a card drawn on it").isGreaterThan(platform.isGoogle() ? 8 : 40);
            assertThat(o.toString()).contains(name + "  " + img.getWidth() + "×" + img.getHeight());
        }
    }

    @org.junit.jupiter.api.Test
    void darkDrawsEachPlatformsDarkColoursAndKeepsDiscordDark(@TempDir Path light, @TempDir Path dark)
            throws Exception {
        Path article = samples().get(0);
        for (Path out : List.of(light, dark)) {
            StringWriter o = new StringWriter(), e = new StringWriter();
            String[] args = out == dark
                    ? new String[] {"cards", article.toString(), "-o", out.toString(), "--dark"}
                    : new String[] {"cards", article.toString(), "-o", out.toString()};
            assertThat(MastheadCommand.run(args, new PrintWriter(o), new PrintWriter(e)))
                    .as(e.toString())
                    .isZero();
        }
        for (String name : List.of(
                "x-summary-large-image.png",
                "facebook.png",
                "linkedin.png",
                "slack.png",
                "google-desktop.png",
                "bluesky.png",
                "mastodon.png",
                "whatsapp.png",
                "imessage.png",
                "telegram.png")) {
            assertThat(brightness(ImageIO.read(light.resolve(name).toFile())))
                    .as(name)
                    .isGreaterThan(0.6);
            assertThat(brightness(ImageIO.read(dark.resolve(name).toFile())))
                    .as(name + " dark")
                    .isLessThan(0.35);
        }
        assertThat(brightness(ImageIO.read(dark.resolve("discord.png").toFile())))
                .isLessThan(0.35);
        assertThat(brightness(ImageIO.read(light.resolve("discord.png").toFile())))
                .isLessThan(0.35);
    }

    @org.junit.jupiter.api.Test
    void platformsPicksTheCardsAndAnUnknownNameIsRefused(@TempDir Path out) throws Exception {
        Path article = samples().get(0);
        StringWriter o = new StringWriter(), e = new StringWriter();
        int code = MastheadCommand.run(
                new String[] {"cards", article.toString(), "-o", out.toString(), "--platforms", "Mastodon, google,x"},
                new PrintWriter(o),
                new PrintWriter(e));
        assertThat(code).as(e.toString()).isZero();
        assertThat(Jsoup.parse(Files.readString(out.resolve("index.html")))
                        .select("figure img")
                        .eachAttr("src"))
                .containsExactly(
                        "x-summary-large-image.png", "google-desktop.png", "google-mobile.png", "mastodon.png");
        StringWriter e2 = new StringWriter();
        code = MastheadCommand.run(
                new String[] {
                    "cards", article.toString(), "-o", out.resolve("b").toString(), "--platforms", "myspace,x"
                },
                new PrintWriter(new StringWriter()),
                new PrintWriter(e2));
        assertThat(code).isEqualTo(2);
        assertThat(e2.toString()).contains("--platforms takes x, facebook").contains("not myspace");
        assertThat(out.resolve("b")).doesNotExist();
    }

    /** The brightness of the card's own background, just inside its bottom-left corner. */
    private static double brightness(BufferedImage img) {
        int argb = img.getRGB(CardsHtml.SHOT_MARGIN + 8, img.getHeight() - CardsHtml.SHOT_MARGIN - 3);
        return (((argb >> 16) & 255) + ((argb >> 8) & 255) + (argb & 255)) / 765.0;
    }

    private static int colours(BufferedImage img) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3)
            for (int x = 0; x < img.getWidth(); x += 3) seen.add(img.getRGB(x, y));
        return seen.size();
    }
}
