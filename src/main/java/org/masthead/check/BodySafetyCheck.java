package org.masthead.check;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.masthead.render.HtmlHazards;
import org.masthead.text.Urls;

/**
 * Raw script, event handlers, script links however spelt, and HTML that embeds active content or
 * takes over the page. They run on the site, never in our preview; the export blocks script
 * links and the page takeovers (see {@link HtmlHazards}). URLs are judged as the browser reads
 * them: entities decoded, ignored characters dropped.
 */
final class BodySafetyCheck implements ArticleCheck {

    @Override
    public void check(CheckContext ctx) {
        visit(ctx, ctx.body());
    }

    private void visit(CheckContext ctx, Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlockBase b) {
                html(ctx, b.getContentChars());
            } else if (n instanceof HtmlInlineBase) {
                html(ctx, n.getChars());
            } else if (n instanceof Link l && Urls.isScriptLink(url(l.getUrl()))) {
                report(
                        ctx,
                        n.getStartOffset(),
                        "link runs script (" + scheme(l.getUrl()) + "); the export makes it a dead link");
            } else if (n instanceof Image i && Urls.isScriptSource(url(i.getUrl()))) {
                report(
                        ctx,
                        n.getStartOffset(),
                        "image source runs script (" + scheme(i.getUrl()) + "); the export drops it");
            } else if (n instanceof Reference r && Urls.isScriptLink(url(r.getUrl()))) {
                report(
                        ctx,
                        n.getStartOffset(),
                        "link reference runs script (" + scheme(r.getUrl()) + "); the export makes it a dead link");
            } else if (n instanceof AutoLink a && Urls.isScriptLink(url(a.getUrl()))) {
                report(
                        ctx,
                        n.getStartOffset(),
                        "link runs script (" + scheme(a.getUrl()) + "); the export makes it a dead link");
            }
            visit(ctx, n);
        }
    }

    /** A Markdown destination as the page will carry it: escapes and entities decoded. */
    private static String url(BasedSequence url) {
        return url.unescape();
    }

    private static String scheme(BasedSequence url) {
        return Urls.schemeOf(url(url)) + ":";
    }

    private void html(CheckContext ctx, BasedSequence html) {
        for (HtmlHazards.Hazard h : HtmlHazards.find(html.toString())) {
            report(ctx, html.getIndexOffset(h.at()), message(h));
        }
    }

    static String message(HtmlHazards.Hazard h) {
        boolean fixed = h.replacement() != null;
        return switch (h.kind()) {
            case OPEN_TAG -> "an HTML tag is still open where this HTML ends: browsers read what follows as part of it";
            case SCRIPT_ELEMENT -> "raw <script> in the body: it runs on the site (the preview blocks it)";
            case EVENT_HANDLER -> "an event-handler attribute (" + h.what()
                    + ") runs script on the site (the preview blocks it)";
            case SCRIPT_URL -> h.what() + " runs script (" + h.detail() + "); the export blocks it";
            case EMBEDDED_CONTENT -> h.what()
                    + " embeds active content that can run script on the site (the preview shows none)";
            case FORM_TARGET -> h.what() + " sends what readers type to another address (the preview submits nothing)";
            case SRCDOC -> h.what() + " holds a page of its own that can run script"
                    + (fixed ? "; it does here, so the export empties it" : " (the preview shows none)");
            case META_REFRESH -> h.what() + " in the body sends readers to another page; the export drops it";
            case BASE -> h.what()
                    + " in the body changes where every relative link and image points; the export drops it";
        };
    }

    private static void report(CheckContext ctx, int offset, String message) {
        ctx.atBodyOffset(Severity.WARNING, offset, message);
    }
}
