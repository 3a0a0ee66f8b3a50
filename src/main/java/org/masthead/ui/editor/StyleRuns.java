package org.masthead.ui.editor;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Whether two runs of styles give every character the same style, however they are split into
 * spans. Restyling a range makes the area lay out every paragraph in it again (and may move its
 * estimated scroll position, which restyles again), so a restyle that changes nothing is skipped.
 */
final class StyleRuns {
    private StyleRuns() {}

    static boolean same(StyleSpans<Collection<String>> a, StyleSpans<Collection<String>> b) {
        if (a.length() != b.length()) return false;
        Iterator<StyleSpan<Collection<String>>> ia = a.iterator();
        Iterator<StyleSpan<Collection<String>>> ib = b.iterator();
        StyleSpan<Collection<String>> sa = null;
        StyleSpan<Collection<String>> sb = null;
        int leftA = 0;
        int leftB = 0;
        while (true) {
            while (leftA == 0 && ia.hasNext()) leftA = (sa = ia.next()).getLength();
            while (leftB == 0 && ib.hasNext()) leftB = (sb = ib.next()).getLength();
            if (leftA == 0 || leftB == 0) return leftA == leftB;
            if (!Objects.equals(sa.getStyle(), sb.getStyle())) return false;
            int step = Math.min(leftA, leftB);
            leftA -= step;
            leftB -= step;
        }
    }
}
