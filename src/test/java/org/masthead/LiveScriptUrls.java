package org.masthead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The attributes of a page, read back with jsoup as a browser reads them, whose value would run
 * script. Written apart from the code under test, so the tests do not grade it by its own rule.
 */
public final class LiveScriptUrls {
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "label");

    private LiveScriptUrls() {}

    public static List<String> in(Document doc) {
        List<String> live = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                if (TEXT_ATTRIBUTES.contains(name) || name.startsWith("aria-") || name.startsWith("data-")) continue;
                String v =
                        a.getValue().replaceAll("[\\x00-\\x20\\x7F\\uFFFD]", "").toLowerCase(Locale.ROOT);
                boolean image = e.normalName().equals("img") && name.equals("src");
                if (v.startsWith("javascript:")
                        || v.startsWith("vbscript:")
                        || (v.startsWith("data:") && !(image && v.startsWith("data:image/")))) {
                    live.add("<" + e.normalName() + " " + name + "=" + a.getValue() + ">");
                }
                if (name.equals("srcdoc") && !v.isEmpty()) live.addAll(in(Jsoup.parse(a.getValue())));
            }
        }
        return live;
    }
}
