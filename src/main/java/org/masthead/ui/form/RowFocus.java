package org.masthead.ui.form;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/**
 * Keeps the keyboard in the same field, its caret in place, when the form's rows are built again (a schema or
 * link change after a save): otherwise the focus falls to the window's first control while the writer types.
 */
final class RowFocus {
    private RowFocus() {}

    /** Whether the keyboard is in one of the rows. */
    static boolean inRows(Node form, Map<String, FieldRow> rows) {
        Scene scene = form.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        return owner != null && rows.values().stream().anyMatch(r -> inside(owner, r));
    }

    /** What gives the focus back to the same key's field once {@code rows} holds the new rows. */
    static Runnable remember(Node form, Map<String, FieldRow> rows) {
        Scene scene = form.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        if (owner == null) return () -> {};
        for (Map.Entry<String, FieldRow> e : rows.entrySet()) {
            if (!inside(owner, e.getValue())) continue;
            String key = e.getKey();
            int caret = owner instanceof TextInputControl t ? t.getCaretPosition() : -1;
            return () -> {
                FieldRow row = rows.get(key);
                if (row == null) return;
                Node target = row.input.focusTarget();
                target.requestFocus();
                if (caret >= 0 && target instanceof TextInputControl t) t.positionCaret(Math.min(caret, t.getLength()));
            };
        }
        return () -> {};
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) if (n == ancestor) return true;
        return false;
    }
}
