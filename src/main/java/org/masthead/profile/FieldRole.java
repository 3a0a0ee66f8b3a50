package org.masthead.profile;

import java.util.Locale;

/**
 * What a field means to the page, whatever the site calls it: rendering, export and checks ask
 * for roles, so a site with other key names works the same.
 */
public enum FieldRole {
    /** The page's {@code <title>}. */
    PAGE_TITLE,
    /** The canonical URL. */
    CANONICAL_URL,
    IMAGE_ALT,
    /** The meta description. */
    DESCRIPTION,
    /** twitter:description. */
    SOCIAL_DESCRIPTION,
    /** twitter:title. */
    SOCIAL_TITLE,
    /** The H1. */
    HEADLINE,
    /** The publication date. */
    DATE,
    /** The lead paragraph: the body's first paragraph as plain text. */
    LEAD,
    IMAGE_CREDIT,
    IMAGE_CREDIT_URL,
    IMAGE_LICENSE,
    IMAGE_LICENSE_URL,
    /** Site-relative image path. */
    IMAGE_PATH,
    /** Absolute image URL. */
    IMAGE_URL,
    CAPTION,
    TAGS,
    DRAFT,
    SLUG,
    /** When the article was last changed (JSON-LD dateModified, article:modified_time). */
    MODIFIED,
    /** Who wrote the article (JSON-LD author); the profile's author when the article names none. */
    AUTHOR,
    NONE;

    public static FieldRole parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
