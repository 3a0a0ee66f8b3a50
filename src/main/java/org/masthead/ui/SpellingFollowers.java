package org.masthead.ui;

import org.masthead.ui.session.DocumentSession;

/** While an article is shown, what spelling changes: the editor's marks, the checks, the status bar. */
final class SpellingFollowers {
    private SpellingFollowers() {}

    static void follow(WindowParts parts, DocumentSession session) {
        parts.editor.spellingChanged();
        parts.spellingStatus.showMisspelt(0);
        session.own(parts.spelling.onChange(() -> {
            parts.editor.spellingChanged();
            session.recheck();
            parts.spellingStatus.refresh();
        }));
        session.observe(session.checkedProperty(), (o, old, checked) -> {
            if (checked != null) parts.spellingStatus.showMisspelt(checked.misspelt());
        });
    }
}
