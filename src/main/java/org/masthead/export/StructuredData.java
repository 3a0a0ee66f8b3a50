package org.masthead.export;

import java.util.ArrayList;
import java.util.List;

import org.masthead.text.JsonText;

/**
 * The article's JSON-LD ({@code BlogPosting} or {@code NewsArticle}, as the profile says), with
 * the properties Google's Article guidance recommends. Written inside a script element, so every
 * {@code <}, {@code >} and {@code &} is escaped as {@code \u003c}, {@code \u003e}, {@code \u0026}:
 * no value can close the element ({@code </script>}) or open a comment ({@code <!--}); U+2028 and
 * U+2029 are escaped too.
 *
 * @param imageUrl    the share image's absolute URL, or empty
 * @param published   datePublished (ISO), or empty
 * @param modified    dateModified (ISO); the publication date when the article has no other
 * @param canonical   mainEntityOfPage, or empty
 * @param logoUrl     the publisher's logo, absolute, or empty
 */
public record StructuredData(
        String type,
        String headline,
        String description,
        String imageUrl,
        String published,
        String modified,
        String authorName,
        String authorUrl,
        String publisherName,
        String logoUrl,
        String canonical) {

    /** The JSON object, one line, safe to put inside a script element. */
    public String json() {
        List<String> f = new ArrayList<>();
        f.add(pair("@context", "https://schema.org"));
        f.add(pair("@type", type));
        add(f, "headline", headline);
        add(f, "description", description);
        if (!imageUrl.isEmpty()) f.add(JsonText.quote("image") + ":[" + JsonText.quote(imageUrl) + "]");
        add(f, "datePublished", published);
        add(f, "dateModified", modified.isEmpty() ? published : modified);
        if (!authorName.isEmpty()) {
            List<String> a = new ArrayList<>(List.of(pair("@type", "Person"), pair("name", authorName)));
            add(a, "url", authorUrl);
            f.add(JsonText.quote("author") + ":[{" + String.join(",", a) + "}]");
        }
        if (!publisherName.isEmpty()) {
            List<String> p = new ArrayList<>(List.of(pair("@type", "Organization"), pair("name", publisherName)));
            if (!logoUrl.isEmpty())
                p.add(JsonText.quote("logo") + ":{" + pair("@type", "ImageObject") + "," + pair("url", logoUrl) + "}");
            f.add(JsonText.quote("publisher") + ":{" + String.join(",", p) + "}");
        }
        if (!canonical.isEmpty())
            f.add(JsonText.quote("mainEntityOfPage") + ":{" + pair("@type", "WebPage") + "," + pair("@id", canonical)
                    + "}");
        return scriptSafe("{" + String.join(",", f) + "}");
    }

    /** The script element for the page's head. */
    public String html() {
        return "<script type=\"application/ld+json\">" + json() + "</script>";
    }

    /** JSON that reads the same, with nothing in it an HTML parser takes for markup. */
    static String scriptSafe(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String pair(String k, String v) {
        return JsonText.quote(k) + ":" + JsonText.quote(v);
    }

    private static void add(List<String> out, String k, String v) {
        if (v != null && !v.isBlank()) out.add(pair(k, v));
    }
}
