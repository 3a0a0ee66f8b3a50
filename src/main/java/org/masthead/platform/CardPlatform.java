package org.masthead.platform;

/**
 * The places a shared article shows up, with the numbers each one applies: the width of its card
 * in pixels, its character limits (0 where it cuts by lines or pixels instead), and the ratio it
 * crops the image to (0 where it keeps the image's own).
 */
public enum CardPlatform {
    X_LARGE("x-summary-large-image", "X · summary_large_image", 504, 70, 200, 2.0),
    X_SUMMARY("x-summary", "X · summary", 504, 70, 200, 1.0),
    FACEBOOK("facebook", "Facebook", 500, 0, 0, 1.91),
    LINKEDIN("linkedin", "LinkedIn", 552, 150, 0, 1.91),
    SLACK("slack", "Slack", 500, 0, 0, 0),
    DISCORD("discord", "Discord", 432, 256, 350, 0),
    GOOGLE_DESKTOP("google-desktop", "Google · desktop", 652, 0, 0, 1.0),
    GOOGLE_MOBILE("google-mobile", "Google · mobile", 412, 0, 0, 1.0),
    // The apps below cut their text by lines, not characters (docs/cards.md).
    BLUESKY("bluesky", "Bluesky", 516, 0, 0, 1200.0 / 630),
    MASTODON("mastodon", "Mastodon · web", 512, 0, 0, 1.91),
    WHATSAPP("whatsapp", "WhatsApp", 330, 0, 0, 1.91),
    IMESSAGE("imessage", "iMessage", 300, 0, 0, 0),
    TELEGRAM("telegram", "Telegram · desktop", 400, 0, 0, 1.0);

    /** Google's title: about 600 px of Arial 20 px. */
    public static final double GOOGLE_TITLE_PX = 600, GOOGLE_TITLE_FONT = 20;
    /** Google's description: about 920 px (desktop) or 680 px (mobile) of Arial 14 px. */
    public static final double GOOGLE_DESKTOP_DESCRIPTION_PX = 920,
            GOOGLE_MOBILE_DESCRIPTION_PX = 680,
            GOOGLE_DESCRIPTION_FONT = 14;

    /**
     * X's summary card keeps its title to one line beside the square thumbnail: the card's 504 px
     * less its borders, the 130 px thumbnail and the text's padding, in X's 15 px type.
     */
    public static final double X_SUMMARY_TITLE_PX = 347, X_FONT = 15;

    private final String id;
    private final String label;
    private final int width;
    private final int titleChars;
    private final int descriptionChars;
    private final double ratio;

    CardPlatform(String id, String label, int width, int titleChars, int descriptionChars, double ratio) {
        this.id = id;
        this.label = label;
        this.width = width;
        this.titleChars = titleChars;
        this.descriptionChars = descriptionChars;
        this.ratio = ratio;
    }

    /** A name for files and element ids. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
    /** The card's width in CSS pixels, as the platform lays it out. */
    public int width() {
        return width;
    }

    public int titleChars() {
        return titleChars;
    }

    public int descriptionChars() {
        return descriptionChars;
    }

    public double ratio() {
        return ratio;
    }

    public boolean isGoogle() {
        return this == GOOGLE_DESKTOP || this == GOOGLE_MOBILE;
    }

    /** The writer's choice that shows this card in the Cards tab: X's two cards are one, Google's two are one. */
    public CardChoice choice() {
        return switch (this) {
            case X_LARGE, X_SUMMARY -> CardChoice.X;
            case GOOGLE_DESKTOP, GOOGLE_MOBILE -> CardChoice.GOOGLE;
            default -> CardChoice.valueOf(name());
        };
    }
}
