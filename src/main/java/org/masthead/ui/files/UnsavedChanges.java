package org.masthead.ui.files;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The question before unsaved changes would be lost: Save, Don't Save or Cancel. */
public final class UnsavedChanges {
    public enum Answer {
        SAVE,
        DISCARD,
        CANCEL
    }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private UnsavedChanges() {}

    public static Answer ask(Window owner, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + name + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-dialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) return Answer.SAVE;
        if (answer == DONT_SAVE) return Answer.DISCARD;
        return Answer.CANCEL;
    }
}
