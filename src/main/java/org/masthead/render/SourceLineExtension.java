package org.masthead.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.masthead.source.LineIndex;
import org.masthead.text.Urls;

/**
 * Adds {@code data-line} to rendered blocks, resolves images and links through the render's
 * {@link MarkdownRenderer.BodyContext} (script links become dead links in every render) and has
 * raw HTML written by {@link RawHtmlRenderer}.
 */
final class SourceLineExtension implements HtmlRenderer.HtmlRendererExtension, Parser.ParserExtension {
    static SourceLineExtension create() {
        return new SourceLineExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new LineAttributes(context.getDocument());
            }
        });
        builder.nodeRendererFactory(options -> new RawHtmlRenderer());
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new Links();
            }
        });
    }

    private static MarkdownRenderer.BodyContext context(Node node) {
        return MarkdownRenderer.CONTEXT.get(node.getDocument());
    }

    private static final class LineAttributes implements AttributeProvider {
        private final int firstLine;
        private final boolean markTopLevel;
        private final LineIndex lines;

        LineAttributes(Document doc) {
            MarkdownRenderer.BodyContext c = MarkdownRenderer.CONTEXT.get(doc);
            this.firstLine = c == null ? 1 : c.firstLine();
            this.markTopLevel = c != null && c.markTopLevel();
            // flexmark's own getStartLineNumber() rescans the text for every node: quadratic on long bodies.
            this.lines = new LineIndex(doc.getChars());
        }

        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if (part == AttributablePart.LINK || !(node instanceof Block) || node instanceof Document) return;
            attributes.replaceValue(
                    MarkdownRenderer.LINE_ATTRIBUTE, String.valueOf(firstLine + lines.lineOf(node.getStartOffset())));
            if (markTopLevel && node.getParent() instanceof Document && part == AttributablePart.NODE) {
                attributes.replaceValue(MarkdownRenderer.TOP_MARK, "");
            }
        }
    }

    private static final class Links implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            MarkdownRenderer.BodyContext c = context(node);
            if (c == null) return link;
            // Previews and published pages alike: flexmark has decoded the URL's entities by now.
            if (link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF) {
                if (Urls.isScriptSource(link.getUrl())) return link.withUrl("");
                return link.withUrl(c.imageSrc().apply(link.getUrl()));
            }
            if (Urls.isScriptLink(link.getUrl())) return link.withUrl(HtmlHazards.BLOCKED_LINK);
            return link;
        }
    }
}
