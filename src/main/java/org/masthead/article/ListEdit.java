package org.masthead.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.masthead.source.Lines;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.ScalarWriter;
import org.masthead.yaml.YamlValue;

/**
 * Rewrites a list of scalars as few items as possible: the items that stay keep their text, the comments
 * and blank lines around them and the list's own spacing; new items follow the list's own quoting.
 * Returns null where the list is not one it can edit item by item (aliases, nested values).
 */
final class ListEdit {
    private static final int MAX_CELLS = 4_000_000;

    private ListEdit() {}

    static ScalarEdit.Replacement of(
            String header, FrontMatterEntry e, List<String> items, String eol, ScalarStyle taste) {
        if (!(e.value() instanceof YamlValue.Sequence seq) || e.alias() || items.isEmpty()) return null;
        List<FrontMatterEntry.ListItem> old = e.items();
        if (old.isEmpty() || old.size() != seq.items().size()) return null;
        List<String> oldTexts = seq.texts();
        if ((long) oldTexts.size() * items.size() > MAX_CELLS) return null;
        boolean block = !e.flow();
        if (block && !dashesStartTheirLines(header, old)) return null;
        ScalarStyle style = ownStyle(old, taste);
        String indent = e.blockIndent();
        int n = old.size();
        String[] lead = new String[n], tail = new String[n];
        for (int i = 0; i < n; i++) {
            FrontMatterEntry.ListItem it = old.get(i);
            int leadFrom = i == 0
                    ? e.valueStart()
                    : block
                            ? Lines.lineEnd(header, old.get(i - 1).end())
                            : old.get(i - 1).end();
            lead[i] = header.substring(leadFrom, it.start());
            tail[i] = block ? header.substring(it.end(), Lines.lineEnd(header, it.end())) : "";
        }
        String newLead = block ? eol + indent + "- " : n >= 2 && lead[1].indexOf('#') < 0 ? lead[1] : ", ";
        Map<String, Integer> moved = new HashMap<>();
        for (int i = 0; i < n; i++) moved.putIfAbsent(oldTexts.get(i), i);
        StringBuilder out = new StringBuilder();
        int[] slot = align(oldTexts, items);
        for (int j = 0; j < items.size(); j++) {
            int i = slot[j];
            // An item kept or moved elsewhere in the list keeps how it was written and its comment.
            Integer from =
                    i >= 0 && oldTexts.get(i).equals(items.get(j)) ? Integer.valueOf(i) : moved.get(items.get(j));
            String text = from != null ? old.get(from).source() : write(items.get(j), block, style, indent, eol);
            String l;
            if (j == 0) l = block ? (i > 0 ? "- " : i == 0 ? lead[0] : "- ") : "";
            else l = i > 0 ? lead[i] : newLead;
            out.append(l).append(text).append(from != null ? tail[from] : i >= 0 ? tail[i] : "");
        }
        int from = e.valueStart();
        if (block)
            return new ScalarEdit.Replacement(
                    from, Lines.lineEnd(header, old.get(n - 1).end()), out.toString());
        String prefix = header.substring(from, old.get(0).start());
        String suffix = header.substring(old.get(n - 1).end(), e.valueEnd());
        return new ScalarEdit.Replacement(from, e.valueEnd(), prefix + out + suffix);
    }

    private static String write(String item, boolean block, ScalarStyle style, String indent, String eol) {
        return block
                ? ScalarWriter.write(item, style, null, indent + "  ", eol)
                : ScalarWriter.writeFlowItem(item, style);
    }

    /**
     * For each new item, the old item whose place (and comments) it takes, or -1 for an added one: items
     * common to both lists in order stay (longest common subsequence); a changed item takes the place of
     * the removed one it replaces.
     */
    static int[] align(List<String> old, List<String> now) {
        int n = old.size(), m = now.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] =
                        old.get(i).equals(now.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] slot = new int[m];
        List<Integer> removed = new ArrayList<>();
        int i = 0, j = 0;
        while (j < m) {
            if (i < n && old.get(i).equals(now.get(j))) {
                removed.clear();
                slot[j++] = i++;
            } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed.add(i++);
            } else {
                // An added item right after removed ones replaces the first of them in place.
                slot[j++] = removed.isEmpty() ? -1 : removed.remove(0);
            }
        }
        return slot;
    }

    /** Each block item's line holds only indentation and its dash before the item. */
    private static boolean dashesStartTheirLines(String header, List<FrontMatterEntry.ListItem> items) {
        for (FrontMatterEntry.ListItem it : items) {
            if (!header.substring(Lines.lineStart(header, it.start()), it.start())
                    .strip()
                    .equals("-")) return false;
        }
        return true;
    }

    /** The quoting most of the list's items use; the header's when the list has none to go by. */
    private static ScalarStyle ownStyle(List<FrontMatterEntry.ListItem> items, ScalarStyle taste) {
        int plain = 0, single = 0, dbl = 0;
        for (FrontMatterEntry.ListItem it : items) {
            char c = it.source().isEmpty() ? ' ' : it.source().charAt(0);
            if (c == '\'') single++;
            else if (c == '"') dbl++;
            else plain++;
        }
        if (plain == 0 && single == 0 && dbl == 0) return taste;
        if (dbl > plain && dbl >= single) return ScalarStyle.DOUBLE_QUOTED;
        if (single > plain && single > dbl) return ScalarStyle.SINGLE_QUOTED;
        return ScalarStyle.PLAIN;
    }
}
