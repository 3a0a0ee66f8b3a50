package org.masthead.ui;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

import javafx.application.Platform;

import org.masthead.fx.Frames;
import org.masthead.text.TextStats;
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
        // Every change of what the editor shows (wheel, scroll bar, Ctrl+End, typing past the edge)
        // moves the preview to show the same part, once the editor has laid out its new lines: in
        // the frame's own layout, after it. Asked before, the area lays itself out for the question,
        // and a typed key (which moves the estimated scroll too) took a quarter longer to show.
        boolean[] pending = {false};
        area.estimatedScrollYProperty().addListener((o, a, b) -> {
            if (pending[0] || !sync.getAsBoolean() || bodyStartLine.getAsInt() < 0) return;
            pending[0] = true;
            Runnable align = () -> {
                pending[0] = false;
                alignPreview(editor, preview, bodyStartLine.getAsInt());
            };
            if (area.getScene() == null) Platform.runLater(align);
            else Frames.afterNextFrame(area.getScene(), align);
        });
        status.showCaret(editor.firstLine(), 1);
    }

    private static void alignPreview(MarkdownEditor editor, PreviewPane preview, int start) {
        var area = editor.area();
        if (start < 0) return;
        try {
            boolean atEnd = area.getEstimatedScrollY() > 0
                    && area.lastVisibleParToAllParIndex()
                            == area.getParagraphs().size() - 1;
            preview.alignTop(start + area.firstVisibleParToAllParIndex(), atEnd);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            // The editor has not laid out yet.
            System.getLogger(EditorFollowers.class.getName())
                    .log(System.Logger.Level.DEBUG, "Scroll sync before layout", e);
        }
    }
}
