package org.masthead.cards;

import org.masthead.render.AssetLinker;
import org.masthead.render.Html;

import static org.masthead.cards.CardParts.*;

/**
 * WhatsApp's, iMessage's and Telegram's link previews, each inside the message bubble that carries
 * the link (docs/cards.md).
 */
final class MessengerCardHtml {
    private MessengerCardHtml() {}

    /** WhatsApp: the preview above the link, image on top or a small square on the left. */
    static String whatsApp(Card c, AssetLinker images) {
        String text = "<div class=\"text\">" + title(c) + desc(c) + domain(c, "") + "</div>";
        String preview =
                beside(c) ? row(c, images, thumb(c, images), text, true) : image(c, images) + crop(c, images) + text;
        return "<div class=\"w-preview\">" + preview + "</div>" + link(c);
    }

    /**
     * iMessage: the picture at the bubble's width over the title and domain; a picture under 150 px
     * (or none) becomes an icon beside them. No description.
     */
    static String iMessage(Card c, AssetLinker images) {
        String text = "<div class=\"text\">" + title(c) + domain(c, "") + "</div>";
        // The icon is too small for the reason there is no picture: the card's notes give it.
        String icon = c.image().shown()
                ? image(c, images)
                : "<div class=\"c-image placeholder boxed\"><span>no image</span></div>";
        return beside(c) ? row(c, images, icon, text, false) : image(c, images) + text;
    }

    /** Telegram: the link, then the preview with its bar: site, title, description, the square on the right. */
    static String telegram(Card c, AssetLinker images) {
        String text = "<div class=\"text\">" + site(c) + title(c) + desc(c) + "</div>";
        String preview =
                beside(c) ? row(c, images, thumb(c, images), text, false) : text + image(c, images) + crop(c, images);
        return link(c) + "<div class=\"t-preview\">" + preview + "</div>";
    }

    /** The message's own text: the link as sent. */
    private static String link(Card c) {
        return c.url().isEmpty() ? "" : "<div class=\"m-link\">" + Html.text(c.url()) + "</div>";
    }
}
