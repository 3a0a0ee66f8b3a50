package org.masthead.ui.help;

import java.util.function.UnaryOperator;

import org.masthead.render.MarkdownRenderer;
import org.masthead.text.Resources;

/**
 * The guide as a page: the README the build bundled, rendered by the same Markdown pipeline as the
 * preview, in safe mode (raw HTML escaped). The page may load nothing: its policy allows only its
 * own style and images written into it.
 */
final class GuidePage {
    static final String README = "/org/masthead/ui/help/README.md";
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private GuidePage() {}

    static String html() {
        String body = MarkdownRenderer.get()
                .render(Resources.text(GuidePage.class, README), 1, UnaryOperator.identity(), true);
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
                + "<title>Masthead guide</title><style>"
                + Resources.text(GuidePage.class, "/org/masthead/ui/help/guide.css")
                + "</style></head><body><main>" + body + "</main></body></html>";
    }
}
