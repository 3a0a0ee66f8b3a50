package org.masthead.ui.help;

import java.util.Set;
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

    /** Sections of the README for those who build Masthead, not for those who write with it. */
    static final Set<String> BUILDERS_ONLY = Set.of("Two commands", "Development");

    private GuidePage() {}

    /** The README without the builders' sections, so the guide starts with what a writer needs. */
    static String forWriters(String readme) {
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (String line : readme.split("\n", -1)) {
            if (line.startsWith("## "))
                skipping = BUILDERS_ONLY.contains(line.substring(3).strip());
            if (!skipping) out.append(line).append('\n');
        }
        return out.toString();
    }

    static String html() {
        String body = MarkdownRenderer.get()
                .render(forWriters(Resources.text(GuidePage.class, README)), 1, UnaryOperator.identity(), true);
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
                + "<title>Masthead guide</title><style>"
                + Resources.text(GuidePage.class, "/org/masthead/ui/help/guide.css")
                + "</style></head><body><main>" + body + "</main></body></html>";
    }
}
