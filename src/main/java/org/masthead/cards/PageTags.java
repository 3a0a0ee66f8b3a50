package org.masthead.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.masthead.export.MetaTag;
import org.masthead.export.PageMetadata;

/**
 * What a platform's crawler reads from the exported page: its meta tags, its {@code <title>} and
 * the first text of the page. Cards ask for values by tag in the order each platform does.
 */
public final class PageTags {
    public static final String TITLE = "<title>";
    public static final String META_DESCRIPTION = "meta description";
    public static final String PAGE_TEXT = "first text of the page";

    private final Map<String, String> values = new LinkedHashMap<>();

    public PageTags(List<MetaTag> tags, String title, String firstText) {
        for (MetaTag t : tags) {
            String key = t.attribute().equals("rel") ? "link:" + t.key() : t.key();
            if (key.equals("description")) key = META_DESCRIPTION;
            values.putIfAbsent(key, t.value().strip());
        }
        values.put(TITLE, title.strip());
        values.put(PAGE_TEXT, firstText.strip());
    }

    public static PageTags of(PageMetadata meta, String firstText) {
        return new PageTags(meta.metaTags(), meta.title(), firstText);
    }

    public String get(String tag) {
        return values.getOrDefault(tag, "");
    }

    /** The first of the tags that has a value, and which ones were passed over. */
    public Sourced first(String... tags) {
        List<String> missing = new ArrayList<>();
        for (String tag : tags) {
            String v = get(tag);
            if (!v.isEmpty()) return new Sourced(v, tag, missing);
            missing.add(tag);
        }
        return new Sourced("", "", missing);
    }
}
