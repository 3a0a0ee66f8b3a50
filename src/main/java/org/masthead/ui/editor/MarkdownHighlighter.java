package org.masthead.ui.editor;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Markdown highlighting for a range of lines: headings, emphasis, code spans and fences, links,
 * list markers and quotes. Works line by line, given whether the range starts inside a fence, so
 * the editor can style only what is on screen, whatever the size of the article.
 */
final class MarkdownHighlighter {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s|$).*");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>.*");
    private static final Pattern LIST = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])(?=\\s)");
    private static final Pattern INLINE = Pattern.compile("(?<CODE>`+[^`]+`+)"
            + "|(?<IMAGE>!\\[[^\\]]*\\]\\([^)]*\\))"
            + "|(?<LINK>\\[[^\\]]+\\]\\([^)]*\\)|<https?://[^>]+>|https?://[^\\s)>]+)"
            + "|(?<STRONG>\\*\\*[^*\\s](?:[^*]*[^*\\s])?\\*\\*|__[^_\\s](?:[^_]*[^_\\s])?__)"
            + "|(?<EM>\\*[^*\\s](?:[^*]*[^*\\s])?\\*|(?<![\\w])_[^_\\s](?:[^_]*[^_\\s])?_(?![\\w]))"
            + "|(?<STRIKE>~~[^~]+~~)");
    private static final String[] GROUPS = {"CODE", "IMAGE", "LINK", "STRONG", "EM", "STRIKE"};

    private MarkdownHighlighter() {}

    /** True if the text before {@code offset} leaves a fence open. A plain scan: it runs per keystroke. */
    static boolean insideFence(String text, int offset) {
        char open = 0;
        int pos = 0;
        int end = Math.min(offset, text.length());
        while (pos < end) {
            int i = pos;
            while (i < end && i - pos < 3 && text.charAt(i) == ' ') i++;
            if (i + 2 < text.length()) {
                char c = text.charAt(i);
                if ((c == '`' || c == '~') && text.charAt(i + 1) == c && text.charAt(i + 2) == c)
                    open = toggle(open, c);
            }
            int eol = text.indexOf('\n', pos);
            if (eol < 0) break;
            pos = eol + 1;
        }
        return open != 0;
    }

    /** A fence opened with backticks is closed only by backticks, and the same for tildes. */
    private static char toggle(char open, char marker) {
        if (open == 0) return marker;
        return open == marker ? 0 : open;
    }

    private static char fenceMarker(String line) {
        Matcher m = FENCE.matcher(line);
        return m.find() ? m.group(1).charAt(0) : 0;
    }

    /** Styles for the given lines (joined by '\n', as the editor holds them). */
    static StyleSpans<Collection<String>> highlight(List<String> lines, boolean startsInFence) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        // The opener of a fence the range starts in is unknown; either marker may close it.
        char fence = startsInFence ? '?' : 0;
        boolean first = true;
        for (String line : lines) {
            if (!first) spans.add(Collections.emptyList(), 1);
            first = false;
            if (line.isEmpty()) continue;
            char marker = fenceMarker(line);
            if (marker != 0 && (fence == 0 || fence == '?' || fence == marker)) {
                spans.add(List.of("md-code-block"), line.length());
                fence = fence == 0 ? marker : 0;
            } else if (fence != 0) {
                spans.add(List.of("md-code-block"), line.length());
            } else if (HEADING.matcher(line).matches()) {
                spans.add(List.of("md-heading"), line.length());
            } else {
                inline(line, QUOTE.matcher(line).matches() ? "md-quote" : null, spans);
            }
        }
        // An empty body (all of it cut, say) is one empty line, which added nothing above.
        if (first || (lines.size() == 1 && lines.get(0).isEmpty())) spans.add(Collections.emptyList(), 0);
        return spans.create();
    }

    private static void inline(String line, String base, StyleSpansBuilder<Collection<String>> spans) {
        List<String> plain = base == null ? List.of() : List.of(base);
        int last = 0;
        Matcher list = LIST.matcher(line);
        if (list.find()) {
            spans.add(List.of("md-list"), list.end());
            last = list.end();
        }
        Matcher m = INLINE.matcher(line);
        m.region(last, line.length());
        while (m.find()) {
            String style = null;
            for (String g : GROUPS) {
                if (m.group(g) != null) {
                    style = "md-" + g.toLowerCase(Locale.ROOT);
                    break;
                }
            }
            spans.add(plain, m.start() - last);
            spans.add(base == null ? List.of(style) : List.of(base, style), m.end() - m.start());
            last = m.end();
        }
        spans.add(plain, line.length() - last);
    }
}
