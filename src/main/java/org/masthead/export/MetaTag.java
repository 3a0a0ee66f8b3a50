package org.masthead.export;

import org.masthead.render.Html;

/**
 * One tag in an exported page's head.
 *
 * @param attribute "name" or "property" for {@code <meta>}, "rel" for {@code <link>}
 */
public record MetaTag(String attribute, String key, String value) {

    public static MetaTag name(String key, String value) {
        return new MetaTag("name", key, value);
    }

    public static MetaTag property(String key, String value) {
        return new MetaTag("property", key, value);
    }

    public static MetaTag link(String rel, String href) {
        return new MetaTag("rel", rel, href);
    }

    public String html() {
        if (attribute.equals("rel")) {
            return "<link rel=\"" + Html.attr(key) + "\" href=\"" + Html.attr(value) + "\">";
        }
        return "<meta " + attribute + "=\"" + Html.attr(key) + "\" content=\"" + Html.attr(value) + "\">";
    }
}
