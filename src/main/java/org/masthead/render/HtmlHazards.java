package org.masthead.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.masthead.text.Urls;

/**
 * What in a piece of raw HTML can run script or take over the page. The HTML is read by jsoup's
 * HTML5 parser, as a browser reads it (entities with or without {@code ;}, unquoted values, any
 * case), and every finding keeps its place in the source so the exporter can rewrite only that
 * place and leave the rest of the writer's HTML as written.
 */
public final class HtmlHazards {
    /** What a hazard is; the exporter rewrites the last four, the check reports all. */
    public enum Kind {
        /**
         * A tag still open where the HTML ends: the browser reads the page's next HTML as part of
         * it. Kept; the exporter's guard over the whole body neutralises what it then carries.
         */
        OPEN_TAG,
        /** A {@code <script>} element: kept in the export, the writer wrote it. */
        SCRIPT_ELEMENT,
        /** An {@code on…=} attribute: kept in the export. */
        EVENT_HANDLER,
        /** {@code <object>} or {@code <embed>}: kept, script URLs in it are not. */
        EMBEDDED_CONTENT,
        /** {@code <form action>} or {@code formaction}: kept, script URLs in it are not. */
        FORM_TARGET,
        /** A URL attribute whose value runs script, however spelt: emptied or made a dead link. */
        SCRIPT_URL,
        /** {@code <iframe srcdoc>}: a page of its own; emptied when that page holds a hazard. */
        SRCDOC,
        /** {@code <meta http-equiv=refresh>}: sends the reader elsewhere; removed. */
        META_REFRESH,
        /** {@code <base>}: moves every relative link and image of the page; removed. */
        BASE
    }

    /**
     * One hazard.
     *
     * @param what        the element or attribute, as {@code <a href>}, for messages
     * @param detail      the script scheme for {@link Kind#SCRIPT_URL}, else ""
     * @param at          offset in the HTML where it starts, for line and column
     * @param start       start of the text the export replaces
     * @param end         end of that text
     * @param replacement what the export writes instead, or null to keep the text
     */
    public record Hazard(Kind kind, String what, String detail, int at, int start, int end, String replacement) {}

    /** Written instead of a link, form target or base that would run script. */
    public static final String BLOCKED_LINK = "#blocked-script-link";

    /** Attributes that hold text for people, never a URL the browser follows. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("alt", "title", "placeholder", "label");
    /** Attributes where a dead link reads better than an empty value. */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "xlink:href", "action", "formaction");

    private static final Set<String> IMAGE_ELEMENTS = Set.of("img", "source", "input", "video", "image");
    private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "srcset", "poster");
    private static final Pattern HAZARD_ELEMENT = Pattern.compile("(?i)<(script|object|embed|base|meta|form)\\b");
    /** jsoup's error for input that ends inside a tag (its name, attributes or a value). */
    private static final Pattern OPEN_AT_END =
            Pattern.compile("\\(EOF\\) in input state \\[\\w*(Tag|Attribute)\\w*\\]");

    private HtmlHazards() {}

    /** The hazards of a piece of raw HTML, in source order. */
    public static List<Hazard> find(String html) {
        List<Hazard> out = new ArrayList<>();
        if (html == null || !mayHoldHazard(html)) return out;
        Parser parser = Parser.htmlParser().setTrackPosition(true).setTrackErrors(16);
        for (Element e : Jsoup.parse(html, "", parser).getAllElements()) {
            Range range = e.sourceRange();
            if (!range.isTracked() || range.isImplicit()) continue;
            element(html, e, range, out);
        }
        if (parser.getErrors().stream()
                .anyMatch(err -> OPEN_AT_END.matcher(err.getErrorMessage()).find())) {
            int at = Math.max(0, html.lastIndexOf('<'));
            out.add(new Hazard(Kind.OPEN_TAG, "an HTML tag", "", at, at, at, null));
        }
        out.sort(Comparator.comparingInt(Hazard::at));
        return out;
    }

    /**
     * False when the HTML cannot hold a hazard: no attribute value, none of the elements that are
     * one, no tag left open. Most inline HTML ({@code <b>}, {@code </a>}, {@code <br>}) is skipped
     * without a parse, which long bodies full of small tags would pay for.
     */
    private static boolean mayHoldHazard(String html) {
        int lastTag = html.lastIndexOf('<');
        if (lastTag < 0) return false;
        return html.indexOf('=') >= 0
                || html.indexOf('>', lastTag) < 0
                || HAZARD_ELEMENT.matcher(html).find();
    }

    /** The HTML with every hazard that has a replacement rewritten; the rest as written. */
    public static String neutralise(String html) {
        List<Hazard> hazards = new ArrayList<>(find(html));
        hazards.removeIf(h -> h.replacement() == null);
        if (hazards.isEmpty()) return html;
        hazards.sort(Comparator.comparingInt(Hazard::start));
        StringBuilder sb = new StringBuilder(html.length());
        int copied = 0;
        for (Hazard h : hazards) {
            if (h.start() < copied) continue; // inside a removed element
            sb.append(html, copied, h.start()).append(h.replacement());
            copied = h.end();
        }
        String result = sb.append(html, copied, html.length()).toString();
        // A hazard the rewrite did not reach (a place jsoup could not give): show the HTML as text.
        return find(result).stream().anyMatch(h -> h.replacement() != null) ? Html.text(html) : result;
    }

    private static void element(String html, Element e, Range range, List<Hazard> out) {
        String tag = e.normalName();
        int start = range.startPos();
        int end = range.endPos();
        if (tag.equals("base")) {
            out.add(new Hazard(Kind.BASE, "<base>", "", start, start, end, ""));
            return;
        }
        if (tag.equals("meta") && e.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
            out.add(new Hazard(Kind.META_REFRESH, "<meta http-equiv=refresh>", "", start, start, end, ""));
            return;
        }
        if (tag.equals("script")) out.add(new Hazard(Kind.SCRIPT_ELEMENT, "<script>", "", start, start, end, null));
        if (tag.equals("object") || tag.equals("embed")) {
            out.add(new Hazard(Kind.EMBEDDED_CONTENT, "<" + tag + ">", "", start, start, end, null));
        }
        if (tag.equals("form") && e.hasAttr("action")) {
            out.add(new Hazard(Kind.FORM_TARGET, "<form action>", "", start, start, end, null));
        }
        for (Attribute a : e.attributes()) attribute(html, tag, a, start, out);
    }

    private static void attribute(String html, String tag, Attribute a, int elementStart, List<Hazard> out) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String what = "<" + tag + " " + name + ">";
        Range.AttributeRange r = a.sourceRange();
        boolean tracked = r.nameRange().isTracked() && r.valueRange().isTracked();
        int at = tracked ? r.nameRange().startPos() : elementStart;
        if (name.startsWith("on") && name.length() > 2) {
            out.add(new Hazard(Kind.EVENT_HANDLER, what, "", at, at, at, null));
            return;
        }
        if (name.equals("formaction")) out.add(new Hazard(Kind.FORM_TARGET, what, "", at, at, at, null));
        if (name.equals("srcdoc")) {
            boolean holdsHazard = !find(a.getValue()).isEmpty();
            out.add(replaceValue(html, Kind.SRCDOC, what, "", at, r, tracked, holdsHazard ? "" : null));
            return;
        }
        if (TEXT_ATTRIBUTES.contains(name) || name.startsWith("aria-") || name.startsWith("data-")) return;
        boolean image = IMAGE_ELEMENTS.contains(tag) && IMAGE_ATTRIBUTES.contains(name);
        // SVG animation can set href to any item of a ';' list.
        String[] values = name.equals("values") ? a.getValue().split(";") : new String[] {a.getValue()};
        for (String value : values) {
            if (image ? Urls.isScriptSource(value) : Urls.isScriptLink(value)) {
                String replacement = LINK_ATTRIBUTES.contains(name) ? BLOCKED_LINK : "";
                out.add(replaceValue(
                        html, Kind.SCRIPT_URL, what, Urls.schemeOf(value) + ":", at, r, tracked, replacement));
                return;
            }
        }
    }

    /** A hazard whose fix is a new attribute value, quoted whether or not the old one was. */
    private static Hazard replaceValue(
            String html,
            Kind kind,
            String what,
            String detail,
            int at,
            Range.AttributeRange r,
            boolean tracked,
            String replacement) {
        // Without a place in the source nothing can be rewritten; neutralise() then escapes it all.
        if (replacement == null || !tracked) return new Hazard(kind, what, detail, at, at, at, replacement);
        int vs = r.valueRange().startPos();
        int ve = r.valueRange().endPos();
        boolean quoted = vs > 0
                && ve < html.length()
                && (html.charAt(vs - 1) == '"' || html.charAt(vs - 1) == '\'')
                && html.charAt(ve) == html.charAt(vs - 1);
        return new Hazard(kind, what, detail, at, vs, ve, quoted ? replacement : "\"" + replacement + "\"");
    }
}
