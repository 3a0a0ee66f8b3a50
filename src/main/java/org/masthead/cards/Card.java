package org.masthead.cards;

import java.util.List;

import org.masthead.platform.CardPlatform;

/**
 * One platform's card, with every value as the platform takes it and as it shows it.
 *
 * @param shownTitle       the title after the platform's cut
 * @param shownDescription the description after the platform's cut
 * @param domain           the host the card names, from the canonical URL
 * @param url              the page's URL (Google shows it as a breadcrumb)
 * @param date             the publication date, for Google's snippet and Mastodon's host line
 * @param byline           "By author", where the platform shows one (Mastodon)
 * @param notes            what the platform may do with the page that the card cannot show
 */
public record Card(
        CardPlatform platform,
        Sourced title,
        Sourced description,
        Sourced siteName,
        String shownTitle,
        String shownDescription,
        String domain,
        String url,
        String date,
        CardImage image,
        String themeColor,
        String byline,
        List<String> notes) {

    public Card {
        notes = List.copyOf(notes);
    }
}
