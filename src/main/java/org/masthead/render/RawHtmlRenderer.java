package org.masthead.render;

import java.util.Set;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Published pages keep the writer's raw HTML as written except for its {@link HtmlHazards} with a
 * fix (script URLs however spelt, {@code <base>}, meta refresh, a srcdoc holding script). Safe
 * renders escape raw HTML whole, so they go to flexmark's own renderer. Comment blocks are read
 * too: the rest of the line after {@code -->} belongs to them and a browser sees tags there.
 */
final class RawHtmlRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, this::block),
                new NodeRenderingHandler<>(HtmlInline.class, this::inline),
                new NodeRenderingHandler<>(HtmlInlineComment.class, this::inline));
    }

    private void block(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
        if (safe(node, context)) {
            context.delegateRender();
            return;
        }
        // As flexmark writes a block: its content lines (without blockquote or list prefixes).
        String raw = node.getContentChars().normalizeEOL();
        String fixed = HtmlHazards.neutralise(raw);
        if (fixed.equals(raw)) {
            context.delegateRender();
            return;
        }
        html.line();
        html.rawPre(fixed);
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void inline(HtmlInlineBase node, NodeRendererContext context, HtmlWriter html) {
        if (safe(node, context)) {
            context.delegateRender();
            return;
        }
        String raw = node.getChars().normalizeEOL();
        String fixed = HtmlHazards.neutralise(raw);
        if (fixed.equals(raw)) context.delegateRender();
        else html.raw(fixed);
    }

    private static boolean safe(Node node, NodeRendererContext context) {
        MarkdownRenderer.BodyContext c = MarkdownRenderer.CONTEXT.get(node.getDocument());
        return c == null ? context.getHtmlOptions().escapeHtmlBlocks : c.safe();
    }
}
