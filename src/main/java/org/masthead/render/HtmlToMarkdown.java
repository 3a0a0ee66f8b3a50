package org.masthead.render;

import java.util.Set;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.html2md.converter.HtmlNodeRendererHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.text.Urls;

/**
 * Rich text from the clipboard (HTML) as Markdown, so a paste keeps its bold, italics, links,
 * lists and images. The HTML is only parsed (jsoup), never loaded: nothing runs and nothing is
 * fetched. Scripts, styles and other non-content elements are dropped first, a link that would
 * run script keeps only its text, and an image keeps its {@code src} as written.
 */
public final class HtmlToMarkdown {
    /** Elements whose content is not text a writer copied (or is something that could act). */
    private static final String DROPPED = "script, style, noscript, template, head, title, meta, link, base,"
            + " iframe, frame, frameset, object, embed, applet, svg, math, form, button, input, select, textarea";

    private static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(options())
            .htmlNodeRendererFactory(o -> () -> Set.of(
                    new HtmlNodeRendererHandler<>("img", Element.class, (img, c, out) -> out.append(image(img)))))
            .build();

    private HtmlToMarkdown() {}

    private static MutableDataSet options() {
        MutableDataSet o = new MutableDataSet();
        // Tags Markdown cannot say (span, font, div soup from word processors) give their text, not raw HTML.
        o.set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false);
        o.set(FlexmarkHtmlConverter.RENDER_COMMENTS, false);
        o.set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false);
        o.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false);
        o.set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true);
        o.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false);
        o.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false);
        o.set(FlexmarkHtmlConverter.NBSP_TEXT, " ");
        o.set(FlexmarkHtmlConverter.ADD_TRAILING_EOL, false);
        return o;
    }

    /** The Markdown for a piece of HTML; plain text when it holds no markup, empty when it holds nothing. */
    public static String convert(String html) {
        Document doc = Jsoup.parse(fragment(html));
        doc.select(DROPPED).remove();
        for (Element a : doc.select("a[href]")) {
            if (Urls.isScriptLink(a.attr("href"))) a.unwrap();
        }
        for (Element img : doc.select("img")) {
            String src = img.attr("src");
            if (src.isBlank() || Urls.isScriptSource(src)) img.remove();
        }
        StringBuilder out = new StringBuilder();
        CONVERTER.convert(doc.body(), out, 0);
        return tidy(out.toString().strip());
    }

    /**
     * What the converter writes that a writer would not: a space between an emphasis and the
     * punctuation after it ({@code *high* ,}), and {@code \&} where a plain ampersand is safe.
     */
    static String tidy(String md) {
        String s = md.replaceAll("(?<=\\S)(\\*{1,2}|_{1,2}) +(?=[,.;:!?)])", "$1");
        return s.replaceAll("\\\\&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)", "&");
    }

    /**
     * An image as Markdown with its src as written. The converter's own would turn an image whose file
     * is named like an emoji ({@code boat.png}) into an emoji shortcut.
     */
    static String image(Element img) {
        String alt = img.attr("alt").replaceAll("\\s+", " ").strip().replaceAll("([\\\\\\[\\]])", "\\\\$1");
        String src = img.attr("src").strip();
        if (src.matches(".*[\\s()<>].*")) src = "<" + src.replace("<", "%3C").replace(">", "%3E") + ">";
        return "![" + alt + "](" + src + ")";
    }

    /**
     * The HTML itself: Windows puts a header ({@code Version:0.9 StartHTML:...}) before it, and
     * marks the part copied with {@code <!--StartFragment-->} comments.
     */
    static String fragment(String html) {
        String s = html;
        int start = s.indexOf("<!--StartFragment-->");
        int end = s.indexOf("<!--EndFragment-->");
        if (start >= 0 && end > start) return s.substring(start + "<!--StartFragment-->".length(), end);
        if (s.startsWith("Version:")) {
            int tag = s.indexOf('<');
            s = tag < 0 ? "" : s.substring(tag);
        }
        return s;
    }
}
