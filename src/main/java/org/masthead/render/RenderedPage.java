package org.masthead.render;

/**
 * A rendered article: the whole page, and the parts a live preview patches in place.
 *
 * @param title      the {@code <title>} text
 * @param headerHtml the {@code <header>} with the headline and date
 * @param figureHtml the {@code <figure>}, or empty
 * @param bodyHtml   the article body
 * @param chunks     with {@link PageOptions#chunked()}, the body's top-level blocks (each
 *                   {@link ArticleRenderer#CHUNK_CLASS} element's inner HTML); else empty
 */
public record RenderedPage(String title, String headerHtml, String figureHtml, String bodyHtml, String html,
                           java.util.List<String> chunks) {
    public RenderedPage {
        chunks = java.util.List.copyOf(chunks);
    }
}
