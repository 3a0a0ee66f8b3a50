package org.masthead.cards;

import org.masthead.platform.CardPlatform;

/**
 * The order in which each platform reads the page's tags for a card's title, description, image
 * and site name, as recorded in {@code docs/cards.md}; the first tag with a value wins.
 */
record TagOrder(Sourced title, Sourced description, Sourced image, Sourced siteName) {

    private TagOrder(Sourced title, Sourced description, Sourced image, PageTags t) {
        this(title, description, image, t.first("og:site_name"));
    }

    static TagOrder of(CardPlatform p, PageTags t) {
        return switch (p) {
            case X_LARGE, X_SUMMARY -> new TagOrder(
                    t.first("twitter:title", "og:title", PageTags.TITLE),
                    t.first("twitter:description", "og:description"),
                    t.first("twitter:image", "og:image"),
                    t);
            case SLACK -> new TagOrder(
                    t.first("twitter:title", "og:title", PageTags.TITLE),
                    t.first("twitter:description", "og:description", PageTags.META_DESCRIPTION),
                    t.first("twitter:image", "og:image"),
                    t);
                // Discord, Telegram and iMessage's extractor read Open Graph, then X's tags, then the page.
            case DISCORD, TELEGRAM, IMESSAGE -> new TagOrder(
                    t.first("og:title", "twitter:title", PageTags.TITLE),
                    t.first("og:description", "twitter:description", PageTags.META_DESCRIPTION),
                    t.first("og:image", "twitter:image"),
                    t);
            case GOOGLE_DESKTOP, GOOGLE_MOBILE -> new TagOrder(
                    t.first(PageTags.TITLE),
                    t.first(PageTags.META_DESCRIPTION, PageTags.PAGE_TEXT),
                    t.first("og:image"),
                    t);
                // Mastodon's link details: the JSON-LD first, and og:image alone for the picture.
            case MASTODON -> new TagOrder(
                    t.first(PageTags.LD_HEADLINE, "og:title", PageTags.TITLE),
                    t.first(PageTags.LD_DESCRIPTION, "og:description", PageTags.META_DESCRIPTION),
                    t.first("og:image"),
                    t.first(PageTags.LD_PUBLISHER, "og:site_name"));
                // WhatsApp asks for Open Graph and says not to rely on anything else.
            case WHATSAPP -> new TagOrder(t.first("og:title"), t.first("og:description"), t.first("og:image"), t);
                // Facebook, LinkedIn and Bluesky read Open Graph, then the page's own.
            default -> new TagOrder(
                    t.first("og:title", PageTags.TITLE),
                    t.first("og:description", PageTags.META_DESCRIPTION),
                    t.first("og:image"),
                    t);
        };
    }
}
