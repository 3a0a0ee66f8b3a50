package org.masthead.ui.form;

import java.util.function.Consumer;

import javafx.scene.Node;

/** One field's control, whatever its type: shows a text value and reports the writer's edits. */
interface FieldInput {
    Node node();

    /** Shows a value without reporting it as an edit. */
    void show(String value);

    /** Called with the new text after each edit by the writer. */
    void onEdit(Consumer<String> listener);

    /** The control that takes the focus when a finding about this field is clicked. */
    Node focusTarget();

    /** How many values a list input holds (its counter counts them, not the characters); -1 for a single value. */
    default int items() {
        return -1;
    }

    /** Called after a list input's values changed, whoever changed them. */
    default void onItems(Runnable changed) {}
}
