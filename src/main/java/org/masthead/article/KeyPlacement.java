package org.masthead.article;

import java.util.List;

/**
 * Where a new key goes in the header: after the nearest key that comes before it in the schema's
 * order, else before the nearest one that comes after it, else at the end.
 */
public final class KeyPlacement {
    private final List<String> order;

    public KeyPlacement(List<String> order) {
        this.order = List.copyOf(order);
    }

    public static KeyPlacement atEnd() {
        return new KeyPlacement(List.of());
    }

    /** Offset in the header text at which the new key's line is inserted. */
    int insertionPoint(FrontMatter fm, String key) {
        int index = order.indexOf(key);
        if (index >= 0) {
            FrontMatterEntry before = null, after = null;
            int beforeIndex = -1, afterIndex = Integer.MAX_VALUE;
            for (FrontMatterEntry e : fm.entries()) {
                int i = order.indexOf(e.key());
                if (i < 0) continue;
                if (i < index && i > beforeIndex) {
                    before = e;
                    beforeIndex = i;
                }
                if (i > index && i < afterIndex) {
                    after = e;
                    afterIndex = i;
                }
            }
            if (before != null) return before.entryEnd();
            if (after != null) return after.entryStart();
        }
        List<FrontMatterEntry> entries = fm.entries();
        // After the last key's value; comments and blank lines after it stay below the new key.
        return entries.isEmpty()
                ? fm.header().length()
                : entries.get(entries.size() - 1).entryEnd();
    }
}
