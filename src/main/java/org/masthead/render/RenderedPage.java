package org.masthead.render;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A rendered article: the whole page, and the parts a live preview patches in place. The whole
 * page is assembled only when asked for: a preview that patches needs it once, not per keystroke.
 */
public final class RenderedPage {
    private final String title;
    private final String headerHtml;
    private final String figureHtml;
    private final String frame;
    private final List<String> chunks;
    private final Supplier<String> bodySupplier;
    private final Supplier<String> htmlSupplier;
    private String body;
    private String html;

    /**
     * @param frame  in the site's template, the page with a mark for the body; null for the built-in page
     * @param chunks with {@link PageOptions#chunked()}, the body's top-level blocks; else empty
     */
    RenderedPage(
            String title,
            String headerHtml,
            String figureHtml,
            String frame,
            List<String> chunks,
            Supplier<String> body,
            Function<String, String> page) {
        this.title = title;
        this.headerHtml = headerHtml;
        this.figureHtml = figureHtml;
        this.frame = frame;
        this.chunks = List.copyOf(chunks);
        this.bodySupplier = body;
        this.htmlSupplier = () -> page.apply(bodyHtml());
    }

    public String title() {
        return title;
    }

    /** The {@code <header>} with the headline and date. */
    public String headerHtml() {
        return headerHtml;
    }

    /** The {@code <figure>}, or empty. */
    public String figureHtml() {
        return figureHtml;
    }

    /** In the site's own template, the whole page but its body; null for the built-in page. */
    public String frame() {
        return frame;
    }

    /** The body's top-level blocks (chunked pages only). */
    public List<String> chunks() {
        return chunks;
    }

    /** The article body's HTML. */
    public synchronized String bodyHtml() {
        if (body == null) body = bodySupplier.get();
        return body;
    }

    /** The whole page. */
    public synchronized String html() {
        if (html == null) html = htmlSupplier.get();
        return html;
    }
}
