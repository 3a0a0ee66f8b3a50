package org.masthead.ui.preview;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.render.ArticleRenderer;
import org.masthead.render.MarkdownRenderer;
import org.masthead.render.RenderedPage;

/**
 * What to change in the shown page to make it the new one: the title, the top (headline, date,
 * figure) if it changed, and the range of body blocks that changed. Blocks are compared without
 * their line numbers, so typing a line near the top replaces one block and shifts the numbers of
 * the others instead of replacing them all.
 *
 * @param fullPage     the whole page to load (the first time), else null
 * @param top          the new header and figure HTML, or null when unchanged
 * @param start        index of the first body block to replace
 * @param removeCount  how many shown blocks to remove there
 * @param insertHtml   the wrapped blocks to insert there
 * @param lineDelta    how much the line numbers of the blocks after the change moved
 * @param frame        in the site's template, the new page around an empty body element when
 *                     anything but the body changed (a field, the template, a stylesheet), else null
 */
record PagePatch(
        long version,
        String title,
        String fullPage,
        String top,
        int start,
        int removeCount,
        String insertHtml,
        int lineDelta,
        String frame) {

    private static final Pattern LINE = Pattern.compile(" " + MarkdownRenderer.LINE_ATTRIBUTE + "=\"(\\d+)\"");

    boolean changesNothing() {
        return fullPage == null
                && top == null
                && frame == null
                && removeCount == 0
                && insertHtml.isEmpty()
                && lineDelta == 0;
    }

    /** Remembers the last page sent, and diffs the next one against it. Used by one thread. */
    static final class Differ {
        private List<String> blocks;
        private List<Integer> lines;
        private String top;
        private String title;
        private boolean shownThemed;
        /**
         * Last round's chunks by identity. IncrementalChunks returns the chunks of untouched blocks
         * as the same strings, so a hit here skips re-reading their line; an equal copy would only
         * cost that read, never a wrong patch.
         */
        private IdentityHashMap<String, Integer> lastIndex = new IdentityHashMap<>();

        private List<String> lastChunks = List.of();

        PagePatch next(long version, RenderedPage page) {
            List<String> newBlocks = new ArrayList<>(page.chunks().size());
            List<Integer> newLines = new ArrayList<>(page.chunks().size());
            IdentityHashMap<String, Integer> index = new IdentityHashMap<>();
            for (String chunk : page.chunks()) {
                Integer seen = blocks == null ? null : lastIndex.get(chunk);
                if (seen != null && lastChunks.get(seen) == chunk) {
                    newLines.add(lines.get(seen));
                    newBlocks.add(blocks.get(seen));
                } else {
                    Matcher m = LINE.matcher(chunk);
                    newLines.add(m.find() ? Integer.parseInt(m.group(1)) : -1);
                    newBlocks.add(LINE.matcher(chunk).replaceAll(""));
                }
                index.put(chunk, newBlocks.size() - 1);
            }
            // In the site's template the frame is the top: the template may show any value anywhere.
            boolean themed = page.frame() != null;
            String newTop = themed ? page.frame() : page.headerHtml() + page.figureHtml();
            PagePatch patch;
            if (blocks == null || themed != shownThemed) {
                patch = new PagePatch(version, page.title(), page.html(), null, 0, 0, "", 0, null);
            } else {
                int prefix = 0;
                int max = Math.min(blocks.size(), newBlocks.size());
                while (prefix < max
                        && blocks.get(prefix).equals(newBlocks.get(prefix))
                        && lines.get(prefix).equals(newLines.get(prefix))) prefix++;
                int suffix = 0;
                while (suffix < max - prefix
                        && blocks.get(blocks.size() - 1 - suffix).equals(newBlocks.get(newBlocks.size() - 1 - suffix)))
                    suffix++;
                int delta =
                        suffix == 0 ? 0 : newLines.get(newBlocks.size() - suffix) - lines.get(blocks.size() - suffix);
                StringBuilder insert = new StringBuilder();
                for (int i = prefix; i < newBlocks.size() - suffix; i++)
                    insert.append(ArticleRenderer.wrapChunk(page.chunks().get(i)));
                patch = new PagePatch(
                        version,
                        page.title(),
                        null,
                        themed || newTop.equals(top) ? null : newTop,
                        prefix,
                        blocks.size() - suffix - prefix,
                        insert.toString(),
                        delta,
                        themed && !newTop.equals(top) ? ArticleRenderer.frameWithEmptyBody(newTop) : null);
            }
            blocks = newBlocks;
            lines = newLines;
            lastIndex = index;
            lastChunks = page.chunks();
            top = newTop;
            shownThemed = themed;
            title = page.title();
            return patch;
        }

        /** Forgets what was shown, so the next page is loaded whole. */
        void reset() {
            blocks = null;
            lastIndex = new IdentityHashMap<>();
            lastChunks = List.of();
        }

        String title() {
            return title;
        }
    }
}
