package org.masthead.document;

/** Where a change came from, so a view does not echo its own edit back. */
public enum Origin {
    LOAD,
    FORM,
    HEADER,
    BODY,
    SAVE,
    DISK,
    /** Undo or redo: any part of the text may have changed. */
    HISTORY
}
