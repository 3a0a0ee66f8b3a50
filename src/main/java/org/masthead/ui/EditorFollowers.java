package org.masthead.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import org.masthead.document.TextStats;
import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.preview.PreviewPane;

/** What follows the editor's caret and scrolling: the status bar's position and selection, and the preview. */
final class EditorFollowers {
    private EditorFollowers() {}

    /**
     * @param bodyStartLine the file line on which the shown article's body starts, or -1 with none shown
     * @param sync          whether the preview follows the editor
     */
    static void install(
            MarkdownEditor editor,
            StatusBar status,
            PreviewPane preview,
            IntSupplier bodyStartLine,
            BooleanSupplier sync) {
        var area = editor.area();
        area.caretPositionProperty().addListener((o, a, b) -> {
            status.showCaret(editor.firstLine() + area.getCurrentParagraph(), area.getCaretColumn() + 1);
            int start = bodyStartLine.getAsInt();
            if (sync.getAsBoolean() && start >= 0) preview.reveal(start + area.getCurrentParagraph());
        });
        area.selectedTextProperty()
                .addListener((o, a, text) -> status.showSelection(text.isEmpty() ? null : TextStats.of(text)));
        area.estimatedScrollYProperty().addListener((o, a, b) -> {
            int start = bodyStartLine.getAsInt();
            if (!sync.getAsBoolean() || start < 0) return;
            try {
                preview.reveal(start + area.firstVisibleParToAllParIndex());
            } catch (IllegalStateException | IndexOutOfBoundsException e) {
                // The editor has not laid out yet.
                System.getLogger(EditorFollowers.class.getName())
                        .log(System.Logger.Level.DEBUG, "Scroll sync before layout", e);
            }
        });
        status.showCaret(editor.firstLine(), 1);
    }
}
