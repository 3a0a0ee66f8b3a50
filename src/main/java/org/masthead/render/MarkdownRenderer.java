package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.misc.Extension;

/**
 * The one Markdown pipeline: CommonMark plus tables, strikethrough, task lists, autolinks,
 * footnotes and heading ids. Every block carries {@code data-line} (its line in the file) for
 * scroll sync. Script links are dead links in every render; safe mode (previews) escapes raw HTML
 * whole, published renders keep it but for its {@link HtmlHazards}.
 * Thread-safe: parsers and renderers are built once and shared.
 */
public final class MarkdownRenderer {
    static final NullableDataKey<BodyContext> CONTEXT = new NullableDataKey<>("MASTHEAD_BODY_CONTEXT");

    /** What one render needs: the file line of the body's first line, how to link images, safety. */
    record BodyContext(int firstLine, UnaryOperator<String> imageSrc, boolean safe, boolean markTopLevel) {}

    /** Attribute that marks a top-level block in chunked renders. */
    static final String TOP_MARK = "data-mh-top";
    /** The attribute giving each block its line in the file; the preview's script reads it under this name. */
    public static final String LINE_ATTRIBUTE = "data-line";

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

    private record Parsed(String text, Document doc) {}

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlRenderer safeRenderer;

    private MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                TaskListExtension.create(),
                QuickAutolink.create(),
                FootnoteExtension.create(),
                SourceLineExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true);
        // No extension here makes the nodes this provider looks for, and it scans the whole document's
        // children for each footnote's tags: quadratic on a long body with footnotes.
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
        MutableDataSet safe = new MutableDataSet(options);
        safe.set(HtmlRenderer.ESCAPE_HTML, true);
        this.safeRenderer = HtmlRenderer.builder(safe).build();
    }

    public static MarkdownRenderer get() {
        return INSTANCE;
    }

    /**
     * Parses a body; one nested past {@link NestingGuard#MAX_DEPTH} comes back as one code block.
     * The last tree is kept per thread for the same string object: an export checks and then renders
     * one body, which is parsed once, not twice.
     */
    public Document parse(String markdown) {
        Parsed last = LAST.get();
        if (last != null && last.text() == markdown) return last.doc();
        String guarded = NestingGuard.guarded(markdown);
        Document doc;
        try {
            doc = DeepStack.run(() -> parser.parse(guarded));
        } catch (StackOverflowError e) {
            // Not even a large stack was enough (a line of millions of characters): show it as text.
            doc = parser.parse(NestingGuard.asPlainText(markdown));
        }
        // Every size: checking and rendering a folder's articles parse each body once (one tree per thread).
        LAST.set(new Parsed(markdown, doc));
        return doc;
    }

    /**
     * Renders a body to HTML.
     *
     * @param firstLine file line on which the body starts (for {@code data-line})
     * @param imageSrc  maps an image reference to the src the page uses
     * @param safe      escape raw HTML (previews); else only its hazards are rewritten
     */
    public String render(String markdown, int firstLine, UnaryOperator<String> imageSrc, boolean safe) {
        Document doc = parse(markdown);
        return render(doc, firstLine, imageSrc, safe);
    }

    public String render(Document doc, int firstLine, UnaryOperator<String> imageSrc, boolean safe) {
        CONTEXT.set(doc, new BodyContext(firstLine, imageSrc, safe, false));
        return guard(DeepStack.run(() -> (safe ? safeRenderer : renderer).render(doc)), doc, safe);
    }

    /**
     * Raw HTML is checked piece by piece as it is written; read together, as a browser reads the
     * page, a tag left open or an {@code <svg>} around a {@code <style>} can still make a live
     * script link, so a published body with raw HTML is read once more whole.
     */
    private static String guard(String html, Document doc, boolean safe) {
        if (safe) return html;
        for (Node n : doc.getDescendants()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) return HtmlHazards.neutralise(html);
        }
        return html;
    }

    /**
     * Renders a body as its top-level blocks, in order; joined they are the whole body. Content
     * that is not an element of its own (escaped HTML, footnotes) stays with the block before it.
     */
    public List<String> renderChunks(String markdown, int firstLine, UnaryOperator<String> imageSrc, boolean safe) {
        return renderChunks(parse(markdown), firstLine, imageSrc, safe);
    }

    public List<String> renderChunks(Document doc, int firstLine, UnaryOperator<String> imageSrc, boolean safe) {
        CONTEXT.set(doc, new BodyContext(firstLine, imageSrc, safe, true));
        String html = guard(DeepStack.run(() -> (safe ? safeRenderer : renderer).render(doc)), doc, safe);
        List<String> chunks = new ArrayList<>();
        String marker = " " + TOP_MARK + "=\"\"";
        int start = 0;
        int at = html.indexOf(marker);
        while (at >= 0) {
            int tagStart = html.lastIndexOf('<', at);
            if (tagStart > start) chunks.add(html.substring(start, tagStart));
            start = Math.max(start, tagStart);
            at = html.indexOf(marker, at + marker.length());
        }
        if (start < html.length()) chunks.add(html.substring(start));
        chunks.replaceAll(c -> c.replace(marker, ""));
        return chunks;
    }
}
