package org.masthead.document;

/**
 * The questions the policies ask the writer. The window answers them with dialogs; tests with a
 * script. A policy never shows anything itself, so every branch is tested without a window.
 */
public interface Dialogs {
    /** About a file another program changed while the writer has unsaved changes. */
    enum ConflictAnswer { KEEP_MINE, TAKE_THEIRS, CANCEL }

    /** About a file read in another encoding than UTF-8. */
    enum EncodingAnswer { KEEP, CONVERT, CANCEL }

    /** Before unsaved changes would be lost. */
    enum UnsavedAnswer { SAVE, DISCARD, CANCEL }

    /** The file changed on disk and the writer has unsaved changes (the dialog may offer to compare first). */
    ConflictAnswer fileChanged(ArticleDocument mine, ArticleDocument theirs);

    /** @param fits whether the text still fits the file's own encoding (if not, only converting keeps it) */
    EncodingAnswer encoding(String name, String charset, boolean fits);

    UnsavedAnswer unsavedChanges(String name);

    /** The file is read-only: replace it anyway? */
    boolean replaceReadOnly(String name);

    /** Something failed; the writer must know (a save that did not happen). */
    void error(String header, String detail);
}
