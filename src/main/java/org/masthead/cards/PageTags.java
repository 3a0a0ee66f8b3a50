package org.masthead.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.masthead.export.MetaTag;
import org.masthead.export.PageMetadata;
import org.masthead.export.StructuredData;

/**
 * What a platform's crawler reads from the exported page: its meta tags, its {@code <title>} and
 * the first text of the page. Cards ask for values by tag in the order each platform does.
 */
public final class PageTags {
    public static final String TITLE = "<title>";
    public static final String META_DESCRIPTION = "meta description";
    public static final String PAGE_TEXT = "first text of the page";
    /** The JSON-LD's values, which Mastodon reads before Open Graph. */
    public static final String LD_HEADLINE = "JSON-LD headline",
            LD_DESCRIPTION = "JSON-LD description",
            LD_AUTHOR = "JSON-LD author",
            LD_PUBLISHER = "JSON-LD publisher";

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

    /** The page's tags, its {@code <title>} as written, and its JSON-LD. */
    public PageTags(PageMetadata meta, String title, String firstText) {
        this(meta.metaTags(), title, firstText);
        StructuredData d = meta.structuredData();
        values.put(LD_HEADLINE, d.headline().strip());
        values.put(LD_DESCRIPTION, d.description().strip());
        values.put(LD_AUTHOR, d.authorName().strip());
        values.put(LD_PUBLISHER, d.publisherName().strip());
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
