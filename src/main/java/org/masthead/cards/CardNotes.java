package org.masthead.cards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.masthead.platform.CardPlatform;

/**
 * What a platform does with the page that its card cannot show by itself: a tag it asks for and
 * the page lacks, a value it hides or changes, a card it freezes. Each follows {@code docs/cards.md}.
 */
final class CardNotes {
    private static final List<String> WHATSAPP_TAGS = List.of("og:title", "og:description", "og:url", "og:image");

    private CardNotes() {}

    static List<String> of(CardPlatform p, PageTags t, String domain, CardImage image) {
        List<String> notes = new ArrayList<>();
        switch (p) {
            case WHATSAPP -> {
                List<String> missing = WHATSAPP_TAGS.stream()
                        .filter(tag -> t.get(tag).isEmpty())
                        .toList();
                if (!missing.isEmpty()) {
                    notes.add("WhatsApp asks for " + String.join(" and ", missing)
                            + ", which the page lacks: it may show no preview");
                }
            }
            case IMESSAGE -> {
                String site = t.get("og:site_name");
                String title =
                        t.first("og:title", "twitter:title", PageTags.TITLE).value();
                if (!site.isEmpty() && title.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT))) {
                    notes.add("Apple asks to keep the site's name out of og:title (og:site_name carries it); "
                            + "Messages may take it out");
                }
                notes.add("Messages shows the title and the domain, not the description");
                // Its icon is too small to say why there is no picture.
                if (!image.shown()) notes.add(image.placeholder());
            }
            case MASTODON -> {
                if (!t.get(PageTags.LD_AUTHOR).isEmpty())
                    notes.add("Mastodon names the author (JSON-LD author) instead of showing the description");
                String creator = t.get("fediverse:creator");
                if (!creator.isEmpty()) {
                    notes.add("“More from " + creator + "” shows only when that account lists "
                            + (domain.isEmpty() ? "the site's domain" : domain) + " under author attribution");
                }
            }
            case BLUESKY -> notes.add(
                    "The card is made once, when the post is written: later changes to the page do not reach it");
            default -> {}
        }
        return notes;
    }
}
