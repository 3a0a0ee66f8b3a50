package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Styles the paragraphs on screen and a margin around them with the Markdown highlighting, then
 * tells the spelling which paragraphs those are. Only paragraphs whose styles change are restyled,
 * since the area lays out again every paragraph it restyles: a key typed restyles its own paragraph,
 * not the screen. The spelling marks are not styles: a style splits the text into more nodes, each
 * one styled by CSS again whenever its paragraph is laid out (a third of a key's time).
 */
final class VisibleStyles {
    private static final int MARGIN = 30;
    /** More changed paragraphs than this are restyled as one range (opening, scrolling far). */
    private static final int ONE_BY_ONE = 8;

    /** Told the paragraphs just styled, and whether the first of them is inside a fenced block. */
    @FunctionalInterface
    interface Shown {
        void shown(int first, int last, boolean startsInFence);
    }

    private final CodeArea area;
    private final Supplier<String> text;
    private final Shown shown;
    private final Runnable restyled;
    private boolean queued;
    /** What the last restyle covered: a scroll step that shows the same lines of the same text needs none. */
    private int doneFirst = -1;

    private int doneLast = -1;
    private String doneText;

    /**
     * @param text     the whole text as the area last reported it (built once per change)
     * @param restyled told after any paragraph was restyled (the wavy lines are drawn again)
     */
    VisibleStyles(CodeArea area, Supplier<String> text, Shown shown, Runnable restyled) {
        this.area = area;
        this.text = text;
        this.shown = shown;
        this.restyled = restyled;
    }

    /**
     * Once for any number of scroll steps before the next turn of the FX thread, and only when other
     * lines came into view of the text last styled. A typed key moves the area's estimated scroll
     * too; its restyle waits for the pause after typing ({@link #now}). Asking the area for its lines
     * in view lays it out, and that took a third of every key's time.
     */
    void soon() {
        if (queued) return;
        queued = true;
        Platform.runLater(() -> {
            queued = false;
            restyle(false);
        });
    }

    /** Restyles the lines in view and around them, for a new text as well as for other lines shown. */
    void now() {
        restyle(true);
    }

    private void restyle(boolean newText) {
        if (!newText && text.get() != doneText) return;
        int count = area.getParagraphs().size();
        if (count == 0) return;
        int first, last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - MARGIN);
            last = Math.min(count - 1, area.lastVisibleParToAllParIndex() + MARGIN);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            first = 0;
            last = Math.min(count - 1, 80);
        }
        String whole = text.get();
        if (first == doneFirst && last == doneLast && whole == doneText) return;
        doneFirst = first;
        doneLast = last;
        doneText = whole;
        List<String> lines = new ArrayList<>(last - first + 1);
        for (int p = first; p <= last; p++) lines.add(area.getParagraph(p).getText());
        int start = area.getAbsolutePosition(first, 0);
        boolean fence = MarkdownHighlighter.insideFence(whole, start);
        apply(first, lines, MarkdownHighlighter.highlight(lines, fence));
        shown.shown(first, last, fence);
    }

    private void apply(int first, List<String> lines, StyleSpans<Collection<String>> styles) {
        List<Integer> changed = new ArrayList<>();
        List<StyleSpans<Collection<String>>> theirs = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).length();
            StyleSpans<Collection<String>> mine = styles.subView(offset, offset + length);
            offset += length + 1;
            if (StyleRuns.same(area.getParagraph(first + i).getStyleSpans(), mine)) continue;
            changed.add(i);
            theirs.add(mine);
        }
        if (changed.isEmpty()) return;
        if (changed.size() <= ONE_BY_ONE) {
            for (int k = 0; k < changed.size(); k++) area.setStyleSpans(first + changed.get(k), 0, theirs.get(k));
        } else {
            int from = changed.get(0);
            int to = changed.get(changed.size() - 1);
            int at = 0;
            for (int i = 0; i < from; i++) at += lines.get(i).length() + 1;
            int end = at;
            for (int i = from; i <= to; i++) end += lines.get(i).length() + (i < to ? 1 : 0);
            area.setStyleSpans(area.getAbsolutePosition(first + from, 0), styles.subView(at, end));
        }
        restyled.run();
    }
}
