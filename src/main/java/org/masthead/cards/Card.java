package org.masthead.cards;

import org.masthead.platform.CardPlatform;

/**
 * One platform's card, with every value as the platform takes it and as it shows it.
 *
 * @param shownTitle       the title after the platform's cut
 * @param shownDescription the description after the platform's cut
 * @param domain           the host the card names, from the canonical URL
 * @param url              the page's URL (Google shows it as a breadcrumb)
 * @param date             the publication date as written, for Google's snippet
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
        String themeColor) {}
