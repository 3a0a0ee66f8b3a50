package org.masthead.document;

import java.util.List;

import org.masthead.recovery.Draft;

/**
 * The questions the policies ask the writer. The window answers them with dialogs; tests with a
 * script. A policy never shows anything itself, so every branch is tested without a window.
 */
public interface Dialogs {
    /** About a file another program changed while the writer has unsaved changes. */
    enum ConflictAnswer {
        KEEP_MINE,
        TAKE_THEIRS,
        CANCEL
    }

    /** About a file read in another encoding than UTF-8. */
    enum EncodingAnswer {
        KEEP,
        CONVERT,
        CANCEL
    }

    /** Before unsaved changes would be lost. */
    enum UnsavedAnswer {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** About drafts a crash left behind. */
    enum DraftAction {
        RESTORE,
        COMPARE,
        DISCARD,
        LATER
    }

    /** The writer's answer about recovered drafts: what to do, and with which draft (null with LATER). */
    record DraftChoice(DraftAction action, Draft draft) {
        public static final DraftChoice LATER = new DraftChoice(DraftAction.LATER, null);
    }

    /** The file changed on disk and the writer has unsaved changes (the dialog may offer to compare first). */
    ConflictAnswer fileChanged(ArticleDocument mine, ArticleDocument theirs);

    /** @param fits whether the text still fits the file's own encoding (if not, only converting keeps it) */
    EncodingAnswer encoding(String name, String charset, boolean fits);

    UnsavedAnswer unsavedChanges(String name);

    /** Several articles have unsaved changes (the window closes): SAVE saves them all. */
    UnsavedAnswer unsavedArticles(List<String> names);

    /** The file is read-only: replace it anyway? */
    boolean replaceReadOnly(String name);

    /** Drafts a crash left behind (at least one, newest first): restore, compare or discard one, or decide later. */
    DraftChoice recoveredDrafts(List<Draft> drafts);

    /**
     * Shows a recovered draft beside the file it belongs to.
     *
     * @param fileName the file's name, or "the file" when there is none
     * @param onDisk   the file's text, or in brackets why there is none to show
     */
    void compareDraft(Draft draft, String fileName, String onDisk);

    /** Something failed; the writer must know (a save that did not happen). */
    void error(String header, String detail);

    /** Before removing a field that others follow: their values go with it. True to remove. */
    boolean removeFollowed(String key, List<String> followers);
}
