package org.masthead.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import org.masthead.source.Lines;
import org.masthead.text.Urls;

/** Raw script, event handlers and script links in the body: they run on the site, never in our preview. */
final class BodySafetyCheck implements ArticleCheck {
    private static final Pattern SCRIPT = Pattern.compile("(?i)<script\\b");
    private static final Pattern HANDLER = Pattern.compile("(?i)<[a-z][^>]*\\son[a-z]+\\s*=");
    private static final Pattern SCRIPT_URL = Pattern.compile("(?i)(?:href|src|action)\\s*=\\s*[\"']?\\s*(?:javascript|vbscript):");

    @Override
    public void check(CheckContext ctx) {
        String body = ctx.article().body();
        visit(ctx, body, ctx.body());
    }

    private void visit(CheckContext ctx, String body, Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof HtmlBlockBase || n instanceof HtmlInlineBase) {
                html(ctx, body, n);
            } else if (n instanceof Link l && Urls.isScriptLink(l.getUrl().toString())) {
                report(ctx, body, n.getStartOffset(), "link runs script (" + scheme(l.getUrl().toString()) + ")");
            } else if (n instanceof Image i && Urls.isScriptLink(i.getUrl().toString())) {
                report(ctx, body, n.getStartOffset(), "image source runs script");
            } else if (n instanceof Reference r && Urls.isScriptLink(r.getUrl().toString())) {
                report(ctx, body, n.getStartOffset(), "link reference runs script (" + scheme(r.getUrl().toString()) + ")");
            } else if (n instanceof AutoLink a && Urls.isScriptLink(a.getUrl().toString())) {
                report(ctx, body, n.getStartOffset(), "link runs script");
            }
            visit(ctx, body, n);
        }
    }

    private void html(CheckContext ctx, String body, Node n) {
        String html = n.getChars().toString();
        int base = n.getStartOffset();
        find(ctx, body, base, SCRIPT.matcher(html), "raw <script> in the body: it runs on the site (the preview blocks it)");
        find(ctx, body, base, HANDLER.matcher(html), "an event-handler attribute (on…=) runs script on the site");
        find(ctx, body, base, SCRIPT_URL.matcher(html), "an HTML link runs script (javascript:)");
    }

    private void find(CheckContext ctx, String body, int base, Matcher m, String message) {
        while (m.find()) report(ctx, body, base + m.start(), message);
    }

    private static void report(CheckContext ctx, String body, int offset, String message) {
        ctx.atBodyLine(Severity.WARNING, Lines.lineOf(body, offset) - 1, Lines.columnOf(body, offset), message);
    }

    private static String scheme(String url) {
        int colon = url.indexOf(':');
        return colon < 0 ? url : url.substring(0, colon + 1).strip();
    }
}
