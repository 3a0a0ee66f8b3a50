package org.masthead.cards;

import org.masthead.render.AssetLinker;
import org.masthead.render.Html;

import static org.masthead.cards.CardParts.*;

/** Bluesky's and Mastodon's cards, as their web apps draw them (docs/cards.md). */
final class FediverseCardHtml {
    private FediverseCardHtml() {}

    /**
     * Bluesky: one layout, the image on top at 1200/630, the title (the URL when there is none) in
     * three lines, the description in two (four without an image), a rule, the domain.
     */
    static String bluesky(Card c, AssetLinker images) {
        String title = c.shownTitle().isEmpty()
                ? "<div class=\"c-title missing\">" + Html.text(c.url().isEmpty() ? "(no title)" : c.url()) + "</div>"
                : title(c);
        return image(c, images) + crop(c, images) + "<div class=\"text"
                + (c.image().shown() ? "" : " no-image") + "\">" + title + desc(c) + "<div class=\"b-rule\"></div>"
                + domain(c, "") + "</div>";
    }

    /**
     * Mastodon: a landscape image large on top, anything else a square beside the text; the host
     * line (site name or domain, and the date), the title, then "By author" or the description.
     */
    static String mastodon(Card c, AssetLinker images) {
        String host = c.siteName().isEmpty() ? c.domain() : c.siteName().value();
        if (!c.date().isEmpty()) host = host.isEmpty() ? c.date() : host + " · " + c.date();
        String text = "<div class=\"text\">"
                + (host.isEmpty() ? "" : "<div class=\"c-site\">" + Html.text(host) + "</div>")
                + title(c)
                + (c.byline().isEmpty() ? desc(c) : "<div class=\"m-byline\">" + Html.text(c.byline()) + "</div>")
                + "</div>";
        return beside(c) ? row(c, images, thumb(c, images), text, true) : image(c, images) + crop(c, images) + text;
    }
}
