package org.masthead.ui;

import java.util.concurrent.TimeUnit;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.masthead.platform.CardChoice;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** How the Cards tab lays the cards out in the real window: whole, aligned, cropped and cut as shown. */
class CardsTabTest extends WindowTestBase {
    /**
     * The cards that stick out of the page on the right, or "". Measured on their sections, which are
     * not zoomed: WebKit gives a zoomed element's own sizes unzoomed.
     */
    private static final String CARDS_CUT_OFF = "Array.prototype.filter.call(document.querySelectorAll('.platform'),"
            + " function (s) { return s.scrollWidth > s.clientWidth || s.getBoundingClientRect().right"
            + " > document.documentElement.clientWidth; }).map(function (s) { return s.id; }).join(',')";

    private static final String PAGE_WIDTHS =
            "document.documentElement.scrollWidth + ' ' + document.documentElement.scrollWidth";
    private static final String PANE_WIDTHS =
            "document.documentElement.clientWidth + ' ' + document.documentElement.clientWidth";

    private static String rect(String selector, String side) {
        return "document.querySelector('" + selector + "').getBoundingClientRect()." + side;
    }

    private double number(String script) throws Exception {
        return ((Number) fx(() -> cardsJs(script))).doubleValue();
    }

    private void openCards() throws Exception {
        if (window.document() == null) open(tides());
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> fx(() -> window.cards().shownVersionProperty().get() == window.documentVersion()));
        waitForImages(() -> window.cards().engine());
    }

    private void chooseSummaryCard() throws Exception {
        clickOn("#cards-x-choice");
        clickOn("X card: summary");
        waitForCards("document.querySelector('#card-x-summary .c-title') != null", true);
    }

    @Test
    void xShowsTodaysLargeCardOrTheClassicOne() throws Exception {
        openCards();
        String card = "#card-x-summary-large-image ";
        String display = "getComputedStyle(document.querySelector('" + card + "%s')).display";
        assertThat(fx(() -> cardsJs(display.formatted(".x-overlay")))).isEqualTo("block");
        assertThat(fx(() -> cardsJs(display.formatted(".text")))).isEqualTo("none");
        assertThat(fx(() -> cardsJs("document.querySelector('" + card + ".x-overlay').textContent")))
                .isEqualTo("Reading the tide tables before a coastal walk");
        assertThat(fx(() -> cardsJs("document.querySelector('" + card + ".x-from').textContent")))
                .isEqualTo("From harbournotes.example");
        // The title sits over the image's lower-left corner.
        assertThat(number(rect(card + ".x-overlay", "bottom"))).isLessThan(number(rect(card + ".c-image", "bottom")));
        assertThat(number(rect(card + ".x-overlay", "left"))).isGreaterThan(number(rect(card + ".c-image", "left")));
        clickOn("#cards-x-classic");
        waitForCards("document.body.classList.contains('x-classic')", true);
        assertThat(fx(() -> cardsJs(display.formatted(".x-overlay")))).isEqualTo("none");
        assertThat(fx(() -> cardsJs(display.formatted(".c-desc")))).isNotEqualTo("none");
    }

    @Test
    void slacksPlaceholderForAMissingImageWrapsInsideItsBox() throws Exception {
        java.nio.file.Path article = tides();
        String text = java.nio.file.Files.readString(article)
                .replace(
                        "/images/posts_img/tide-tables.webp",
                        "/images/posts_img/a-picture-of-the-harbour-wall-that-was-never-copied-into-the-site.webp");
        java.nio.file.Files.writeString(article, text);
        openCards();
        String span = "#card-slack .c-image.placeholder span";
        assertThat(fx(() -> cardsJs("document.querySelector('" + span + "').textContent")))
                .asString()
                .contains("never-copied");
        assertThat(number("document.querySelector('" + span + "').scrollWidth"))
                .isLessThanOrEqualTo(number("document.querySelector('" + span + "').clientWidth"));
        assertThat(number(rect(span, "left"))).isGreaterThanOrEqualTo(number(rect("#card-slack .card", "left")));
        assertThat(number(rect(span, "right"))).isLessThanOrEqualTo(number(rect("#card-slack .card", "right")));
    }

    @Test
    void darkModeShowsEachPlatformsOwnDarkColours() throws Exception {
        openCards();
        String facebook = "getComputedStyle(document.querySelector('#card-facebook .card')).backgroundColor";
        assertThat(fx(() -> cardsJs(facebook))).isEqualTo("rgb(255, 255, 255)");
        clickOn("#cards-dark");
        waitForCards("document.body.classList.contains('dark')", true);
        assertThat(fx(() -> cardsJs(facebook))).isEqualTo("rgb(36, 37, 38)");
        assertThat(fx(() -> cardsJs("getComputedStyle(document.querySelector('#card-linkedin .c-title')).color")))
                .isEqualTo("rgba(255, 255, 255, 0.9)");
        assertThat(fx(() -> cardsJs("getComputedStyle(document.body).backgroundColor")))
                .isEqualTo("rgb(22, 24, 27)");
        // The cards are rebuilt as the article changes; the choice stays.
        replaceFieldText("#field-title", "Tide tables after dark");
        waitForCards("document.querySelector('#card-facebook .c-title').textContent.indexOf('after dark') >= 0", true);
        assertThat(fx(() -> cardsJs(facebook))).isEqualTo("rgb(36, 37, 38)");
        clickOn("#cards-dark");
        waitForCards("document.body.classList.contains('dark')", false);
    }

    @Test
    void wideCardsAreScaledToThePaneAtTheirTrueWidth() throws Exception {
        openCards();
        waitForCards(CARDS_CUT_OFF, "");
        // No horizontal scrolling: the page is as wide as the pane.
        assertThat(fx(() -> cardsJs(PAGE_WIDTHS))).isEqualTo(fx(() -> cardsJs(PANE_WIDTHS)));
        for (String wide : new String[] {"linkedin", "google-desktop"}) {
            // Wider than the pane: scaled down whole, laid out at the platform's width, and the heading says so.
            assertThat(fx(() -> cardsJs("document.querySelector('#card-" + wide + " .card').offsetWidth")))
                    .isEqualTo(wide.equals("linkedin") ? 552 : 652);
            assertThat((String) fx(() -> cardsJs("document.querySelector('#card-" + wide + " h2').dataset.zoom")))
                    .matches("[1-9][0-9]%");
        }
        assertThat(fx(() -> cardsJs("document.querySelector('#card-slack h2').hasAttribute('data-zoom')")))
                .as("a card that fits keeps its size")
                .isEqualTo(false);

        // A narrower window scales them further, as soon as the pane narrows.
        fx(() -> {
            window.stage().setWidth(900);
            window.stage().setHeight(600);
        });
        waitForCards("document.querySelector('#card-slack h2').hasAttribute('data-zoom')", true);
        assertThat(fx(() -> cardsJs(CARDS_CUT_OFF))).isEqualTo("");
        assertThat(fx(() -> cardsJs(PAGE_WIDTHS))).isEqualTo(fx(() -> cardsJs(PANE_WIDTHS)));
        // The tab's own options wrap rather than being cut short.
        for (String option : new String[] {"#cards-sources", "#cards-crop"}) {
            Labeled box = lookup(option).queryLabeled();
            assertThat(fx(() -> ((Text) box.lookup(".text")).getText())).isEqualTo(box.getText());
        }
    }

    @Test
    void cardsFitAWindowThatNarrowedWhileTheTabWasHidden() throws Exception {
        open(samples.resolve("site/articles/draft-with-problems.md"));
        // The cards' page is loaded behind the Article tab at the window's first size.
        waitForCards("document.getElementById('cards') != null", true);
        fx(() -> {
            window.stage().setWidth(900);
            window.stage().setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        openCards();
        waitForCards(CARDS_CUT_OFF, "");
        assertThat(fx(() -> cardsJs(PAGE_WIDTHS))).isEqualTo(fx(() -> cardsJs(PANE_WIDTHS)));
        assertThat(fx(() -> cardsJs("document.querySelector('#card-slack h2').hasAttribute('data-zoom')")))
                .isEqualTo(true);
    }

    @Test
    void discordLinesUpWithTheOtherCards() throws Exception {
        openCards();
        double facebook = number(rect("#card-facebook .card", "left"));
        double heading = number(rect("#card-discord h2", "left"));
        assertThat(number(rect("#card-discord .shot", "left")))
                .as("Discord's dark backdrop starts where the other cards and the headings start")
                .isEqualTo(facebook)
                .isEqualTo(heading);
        assertThat(number(rect("#card-x-summary-large-image .card", "left"))).isEqualTo(facebook);
    }

    @Test
    void showCropOnTheSummaryCardShowsTheWholePictureAndThePartKept() throws Exception {
        openCards();
        chooseSummaryCard();
        clickOn("#cards-crop");
        waitForCards("document.body.className", "cards show-crop");
        waitForImages(() -> window.cards().engine());
        String crop = "#card-x-summary .c-crop";
        assertThat(fx(() -> cardsJs("getComputedStyle(document.querySelector('" + crop + "')).display")))
                .isEqualTo("block");
        // The whole picture, at the card's width and the picture's own proportions...
        double width = number(rect(crop, "width")), height = number(rect(crop, "height"));
        double natural = number("(function () { var i = document.querySelector('" + crop + " img');"
                + " return i.naturalHeight / i.naturalWidth; })()");
        assertThat(width).isEqualTo(number(rect("#card-x-summary .card", "width")) - 2);
        assertThat(height / width).isCloseTo(natural, Offset.offset(0.01));
        // ...with a square frame, the full height, around the part X keeps.
        double frameWidth = number(rect(crop + " .crop-frame", "width"));
        double frameHeight = number(rect(crop + " .crop-frame", "height"));
        assertThat(frameHeight).isCloseTo(height, Offset.offset(1.0));
        assertThat(frameWidth).isCloseTo(frameHeight, Offset.offset(1.5));
        // The square thumbnail stays, showing the part kept as the card shows it.
        assertThat(number(rect("#card-x-summary .row .c-image", "height"))).isEqualTo(130);
        assertThat(fx(() ->
                        cardsJs("getComputedStyle(document.querySelector('#card-x-summary .row .c-image')).display")))
                .isEqualTo("block");
    }

    @Test
    void theSummaryTitleIsCutAtAWord() throws Exception {
        openCards();
        chooseSummaryCard();
        String full = "Reading the tide tables before a coastal walk on the northern shore";
        replaceFieldText("#field-twitter_tittle", full);
        String title = "document.querySelector('#card-x-summary .c-title')";
        waitForCards(title + ".textContent", "Reading the tide tables before a coastal walk on…");
        // Nothing cuts it again on the page: the whole of it shows.
        assertThat(fx(() -> cardsJs(title + ".scrollWidth <= " + title + ".clientWidth")))
                .isEqualTo(true);
        assertThat(fx(() -> cardsJs("getComputedStyle(" + title + ").textOverflow")))
                .isEqualTo("clip");
        // The large card has room for all of it.
        clickOn("#cards-x-choice");
        clickOn("X card: large image");
        waitForCards("document.querySelector('#card-x-summary-large-image .c-title').textContent", full);
    }

    @Test
    void thePlatformsChosenAreShownAndRememberedForTheNextWindow() throws Exception {
        openCards();
        String sections = "document.querySelectorAll('section.platform').length";
        assertThat(((Number) fx(() -> cardsJs(sections))).intValue()).isEqualTo(12);
        for (String id : new String[] {"bluesky", "mastodon", "whatsapp", "imessage", "telegram"})
            assertThat(fx(() -> cardsJs("document.querySelector('#card-" + id + " .card') != null")))
                    .as(id)
                    .isEqualTo(true);
        clickOn("#cards-platforms");
        clickOn("#cards-platform-facebook");
        // The menu stays open for the next box.
        clickOn("#cards-platform-whatsapp");
        push(KeyCode.ESCAPE);
        waitForCards(sections, 10);
        assertThat(fx(() -> cardsJs("document.querySelector('#card-facebook, #card-whatsapp') == null")))
                .isEqualTo(true);
        assertThat(lookup("#cards-platforms").queryAs(Labeled.class).getText()).isEqualTo("Platforms: 9 of 11");
        assertThat(new AppPrefs(config).getText(OutputTabs.HIDDEN_PLATFORMS, ""))
                .isEqualTo("facebook,whatsapp");

        MainWindow second = fx(() -> new MainWindow(new javafx.stage.Stage(), config, opened::add));
        try {
            assertThat(fx(() -> second.cards().shownPlatforms()))
                    .hasSize(9)
                    .doesNotContain(CardChoice.FACEBOOK, CardChoice.WHATSAPP);
        } finally {
            fx(() -> {
                second.dispose();
                second.stage().close();
            });
        }
        clickOn("#cards-platforms");
        clickOn("#cards-platforms-all");
        waitForCards(sections, 12);
        assertThat(new AppPrefs(config).getText(OutputTabs.HIDDEN_PLATFORMS, "-"))
                .isEmpty();
    }
}
