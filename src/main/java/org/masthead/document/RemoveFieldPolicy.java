package org.masthead.document;

import java.util.List;

import org.masthead.source.SourceException;

/**
 * Removing a field from the form. It is one undoable step; the writer is asked only when fields
 * that follow it hold a value, since those empty with it (a surprise if unannounced).
 */
public final class RemoveFieldPolicy {
    private RemoveFieldPolicy() {}

    /** Removes {@code key} unless the writer declines; true when it was removed. */
    public static boolean remove(ArticleDocument doc, String key, Dialogs dialogs) throws SourceException {
        var fm = doc.article().requireFrontMatter();
        List<String> filled = doc.links().followers(key).stream()
                .filter(f -> !fm.text(f).isBlank())
                .toList();
        if (!filled.isEmpty() && !dialogs.removeFollowed(key, filled)) return false;
        doc.removeKey(key);
        return true;
    }
}
