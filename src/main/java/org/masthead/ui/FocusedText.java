package org.masthead.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

import org.masthead.ui.editor.MarkdownEditor;

/**
 * The Edit menu's clipboard commands, acting on the text control with the keyboard focus: a form
 * field, the find box or the body. With the focus elsewhere (a list, a button) they do nothing, so
 * a paste never lands in a text the writer was not looking at.
 */
final class FocusedText {
    private final Supplier<Node> focusOwner;
    private final MarkdownEditor editor;

    FocusedText(Supplier<Node> focusOwner, MarkdownEditor editor) {
        this.focusOwner = focusOwner;
        this.editor = editor;
    }

    void cut() {
        act(TextInputControl::cut, MarkdownEditor::cut);
    }

    void copy() {
        act(TextInputControl::copy, MarkdownEditor::copy);
    }

    void paste() {
        act(TextInputControl::paste, MarkdownEditor::paste);
    }

    /** A field's paste is plain text already; the body's would convert rich text. */
    void pastePlain() {
        act(TextInputControl::paste, MarkdownEditor::pastePlain);
    }

    void selectAll() {
        act(TextInputControl::selectAll, MarkdownEditor::selectAll);
    }

    private void act(Consumer<TextInputControl> field, Consumer<MarkdownEditor> body) {
        Node focus = focusOwner.get();
        if (focus instanceof TextInputControl t) field.accept(t);
        else if (focus == editor.area()) body.accept(editor);
    }
}
