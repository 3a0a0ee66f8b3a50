package org.masthead.render;

/**
 * A rendered article: the whole page, and the parts a live preview patches in place.
 *
 * @param title      the {@code <title>} text
 * @param headerHtml the {@code <header>} with the headline and date
 * @param figureHtml the {@code <figure>}, or empty
 * @param bodyHtml   the article body
 */
public record RenderedPage(String title, String headerHtml, String figureHtml, String bodyHtml, String html) {}
