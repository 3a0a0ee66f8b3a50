package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.masthead.source.LineIndex;

/**
 * Renders a body as chunks (one per top-level block, as {@link MarkdownRenderer#renderChunks}),
 * re-parsing only the blocks around an edit. Long articles stay responsive: typing in a 1 MB body
 * re-renders a few paragraphs, not the whole text. Whenever an edit could reach past its blocks
 * (link references, a footnote or its reference, raw HTML, lists, unclosed fences, a changed first
 * line) it renders everything, so the result is always the same as a full render. A body with
 * footnotes is still rendered in part: their numbers and the notes at its end (in the last block's
 * chunk) stay as they were while no edit touches a footnote, the last block or, moving lines, a
 * note defined above the edit. One instance per preview; not thread-safe.
 *
 * <p>Identity contract: a chunk of a block the edit did not touch (and whose lines did not move) is
 * returned as the very {@code String} of the last call, not an equal copy. The preview's differ
 * ({@code ui.preview.PagePatch.Differ}) finds unchanged blocks by identity and relies on this.
 */
public final class IncrementalChunks {
    private static final Pattern LINE_ATTR = Pattern.compile(" " + MarkdownRenderer.LINE_ATTRIBUTE + "=\"(\\d+)\"");

    private static final Pattern HEADING_ID = Pattern.compile("<h[1-6] id=\"([^\"]+)\"");

    /**
     * What the HTML depends on besides the body and its first line; a different context renders
     * everything again.
     *
     * @param siteRoot     the site's root folder, where absolute image paths start
     * @param article      the article's file, where relative image paths start
     * @param baseUrl      the site's base URL, which makes its own absolute image URLs local
     * @param assets       how local images are linked; compared as the object itself (one per preview)
     * @param remoteImages whether images may come from the network
     */
    public record Context(String siteRoot, String article, String baseUrl, AssetLinker assets, boolean remoteImages) {}

    /** One top-level block: where it is in the body, its first line (0-based), its HTML and heading ids. */
    private record Block(int start, int end, int line, String html, List<String> ids) {}

    private final MarkdownRenderer renderer = MarkdownRenderer.get();
    private String text;
    private int firstLine;
    private boolean safe;
    private UnaryOperator<String> imageSrc;
    private Context context;
    private List<Block> blocks;
    /** Where the first footnote definition starts, or -1 for a body without footnotes. */
    private int firstNote;

    /**
     * The body's chunks; those of untouched blocks are the same strings as last time (see above).
     *
     * @param context what else the HTML depends on; a different context renders everything again
     */
    public List<String> render(
            String body, int firstLine, UnaryOperator<String> imageSrc, boolean safe, Context context) {
        List<String> out = null;
        boolean sameSetting = firstLine == this.firstLine && safe == this.safe && context.equals(this.context);
        this.imageSrc = imageSrc;
        if (blocks != null && text != null && sameSetting && body.indexOf('\r') < 0) out = tryIncremental(body);
        if (out == null) out = full(body, firstLine, safe, context);
        return out;
    }

    /** Forgets the last body (a different article). */
    public void reset() {
        blocks = null;
        text = null;
    }

    private List<String> full(String body, int firstLine, boolean safe, Context context) {
        this.text = body;
        this.firstLine = firstLine;
        this.safe = safe;
        this.context = context;
        Document doc = renderer.parse(body);
        List<String> chunks = renderer.renderChunks(doc, firstLine, imageSrc, safe);
        blocks = splittable(doc, body, true) && body.indexOf('\r') < 0 ? toBlocks(doc, chunks, 0, body, 0) : null;
        firstNote = -1;
        // In document order, nested ones (in a quote, say) too: their notes are in the last chunk as well.
        if (body.contains("[^")) {
            firstNote = 0;
            for (Node n : doc.getDescendants()) {
                if (n instanceof FootnoteBlock) {
                    firstNote = n.getStartOffset();
                    break;
                }
            }
        }
        return chunks;
    }

    private List<String> tryIncremental(String body) {
        String old = text;
        int prefix = 0;
        int max = Math.min(old.length(), body.length());
        while (prefix < max && old.charAt(prefix) == body.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == body.charAt(body.length() - 1 - suffix)) suffix++;
        if (prefix == old.length() && prefix == body.length()) return html(blocks);
        int delta = body.length() - old.length();
        if (blocks.isEmpty()) return null;

        int first = 0;
        while (first < blocks.size() && blocks.get(first).end() < prefix) first++;
        int last = blocks.size() - 1;
        while (last >= 0 && blocks.get(last).start() > old.length() - suffix) last--;
        // One block more on each side: an edit may join or split its neighbours.
        first = Math.max(0, Math.min(first, blocks.size() - 1) - 1);
        last = Math.min(blocks.size() - 1, Math.max(last, first) + 1);
        if (first > 0
                && (blocks.get(first - 1).html().startsWith("<ul")
                        || blocks.get(first - 1).html().startsWith("<ol"))) {
            return null; // a list may take in what follows it
        }

        int from = lineStart(old, blocks.get(first).start());
        int oldTo = last == blocks.size() - 1
                ? old.length()
                : lineStart(old, blocks.get(last + 1).start());
        if (oldTo < old.length() - suffix) return null;
        int newTo = oldTo + delta;
        if (newTo < from || newTo > body.length() || from > prefix) return null;
        if (!blankBefore(body, from) || !blankBefore(body, newTo)) return null;
        if (indented(body, newTo) || indented(body, from)) return null;

        String slice = body.substring(from, newTo);
        boolean notes = firstNote >= 0;
        // The notes are rendered with the last block; a reference or note edited renumbers them.
        if (notes && (last == blocks.size() - 1 || old.substring(from, oldTo).contains("[^"))) return null;
        Document doc = renderer.parse(slice);
        if (!splittable(doc, slice, false)) return null;
        int sliceLine = lineCount(body, from);
        List<String> sliceChunks = renderer.renderChunks(doc, firstLine + sliceLine, imageSrc, safe);
        List<Block> middle = toBlocks(doc, sliceChunks, from, slice, sliceLine);
        if (middle == null || headingIdsClash(middle, first, last)) return null;

        int lineDelta = lineCount(body, newTo) - lineCount(old, oldTo);
        // The last chunk's lines all move with it, its notes' too: right only for notes after the edit.
        if (notes && lineDelta != 0 && firstNote < from) return null;
        if (notes && firstNote >= oldTo) firstNote += delta;
        List<Block> next = new ArrayList<>(blocks.size() + middle.size());
        next.addAll(blocks.subList(0, first));
        next.addAll(middle);
        for (Block b : blocks.subList(last + 1, blocks.size())) {
            next.add(new Block(
                    b.start() + delta,
                    b.end() + delta,
                    b.line() + lineDelta,
                    lineDelta == 0 ? b.html() : shiftLines(b.html(), lineDelta),
                    b.ids()));
        }
        text = body;
        blocks = next;
        return html(next);
    }

    /**
     * True when every top-level block renders as one chunk of its own and nothing reaches across
     * blocks; with {@code notesAllowed} footnotes may be there (a whole body: their definitions
     * render no chunk, their notes come with the last block's).
     */
    private static boolean splittable(Document doc, String text, boolean notesAllowed) {
        // A body too deeply nested was parsed as one code block of other text: no offsets to follow.
        if (doc.getChars().length() != text.length()) return false;
        // A link reference defined anywhere (in a quote or a list too) may be used in any block.
        if (!Parser.REFERENCES.get(doc).isEmpty()) return false;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlock) return false;
            if (n instanceof FootnoteBlock && !notesAllowed) return false;
            if (n instanceof FencedCodeBlock f && f.getClosingMarker().isEmpty()) return false;
            if (n instanceof ListBlock && n.getNext() == null) return false;
        }
        return notesAllowed || !doc.getChars().toString().contains("[^");
    }

    private static List<Block> toBlocks(Document doc, List<String> chunks, int offset, String text, int lineBase) {
        List<Node> nodes = new ArrayList<>();
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) if (!(n instanceof FootnoteBlock)) nodes.add(n);
        if (nodes.size() != chunks.size()) return null;
        LineIndex lines = new LineIndex(text);
        List<Block> out = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            out.add(new Block(
                    offset + n.getStartOffset(),
                    offset + n.getEndOffset(),
                    lineBase + lines.lineOf(n.getStartOffset()),
                    chunks.get(i),
                    headingIds(chunks.get(i))));
        }
        return out;
    }

    /** Heading ids are made unique across the whole body; a slice alone cannot know the others. */
    private boolean headingIdsClash(List<Block> middle, int first, int last) {
        List<String> ids = new ArrayList<>();
        for (Block b : middle) ids.addAll(b.ids());
        // Headings the edit removed count too: another heading's id may have depended on them.
        for (Block b : blocks.subList(first, last + 1)) ids.addAll(b.ids());
        if (ids.isEmpty()) return false;
        for (String id : ids) if (id.matches(".*-\\d+")) return true;
        for (int i = 0; i < blocks.size(); i++) {
            if (i >= first && i <= last) continue;
            for (String id : blocks.get(i).ids()) if (ids.contains(id) || id.matches(".*-\\d+")) return true;
        }
        return false;
    }

    private static boolean indented(String s, int pos) {
        return pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t');
    }

    private static List<String> headingIds(String html) {
        Matcher m = HEADING_ID.matcher(html);
        List<String> ids = new ArrayList<>(1);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static List<String> html(List<Block> blocks) {
        List<String> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b.html());
        return out;
    }

    private static String shiftLines(String html, int delta) {
        Matcher m = LINE_ATTR.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 8);
        while (m.find())
            m.appendReplacement(
                    sb, " " + MarkdownRenderer.LINE_ATTRIBUTE + "=\"" + (Integer.parseInt(m.group(1)) + delta) + "\"");
        m.appendTail(sb);
        return sb.toString();
    }

    private static int lineStart(String s, int pos) {
        int i = Math.min(pos, s.length());
        while (i > 0 && s.charAt(i - 1) != '\n') i--;
        return i;
    }

    /** True at the start of the text, or when the line before {@code pos} is blank (pos is a line start). */
    private static boolean blankBefore(String s, int pos) {
        if (pos == 0) return true;
        if (s.charAt(pos - 1) != '\n') return false;
        int prevStart = lineStart(s, pos - 1);
        return s.substring(prevStart, pos - 1).isBlank();
    }

    private static int lineCount(String s, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) if (s.charAt(i) == '\n') n++;
        return n;
    }
}
