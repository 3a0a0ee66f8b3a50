package org.masthead.ui.tabs;

/**
 * Where the writer was in an article when its tab was left, so that coming back finds it so.
 *
 * @param caret        the caret's offset in the body
 * @param topParagraph the body's paragraph at the top of the editor
 * @param previewY     the preview's scroll position, in CSS pixels
 * @param outputTab    which output tab was shown (article, cards, checks)
 * @param finding      the row selected in the Checks list, or -1
 */
public record ViewPlace(int caret, int topParagraph, double previewY, int outputTab, int finding) {
    /** A tab not shown yet: the start of the article, its preview. */
    public static final ViewPlace START = new ViewPlace(0, 0, 0, 0, -1);
}
