package org.masthead.ui.files;

import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
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
    public static final ButtonType SAVE_ALL = new ButtonType("Save All", ButtonBar.ButtonData.YES);

    private UnsavedChanges() {}

    public static Answer ask(Window owner, String name) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + name + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getButtonTypes().setAll(SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-dialog");
        return answer(alert);
    }

    /** The same question about several articles at once (the window closes), listed by name. */
    public static Answer askAll(Window owner, List<String> names) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(names.size() + " articles have unsaved changes. Save them?");
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(names));
        list.setId("unsaved-list");
        list.setFocusTraversable(false);
        list.setPrefHeight(Math.min(names.size(), 8) * 26 + 6);
        Label note = new Label("Your changes will be lost if you don't save them.");
        alert.getDialogPane().setContent(new VBox(8, list, note));
        alert.getButtonTypes().setAll(SAVE_ALL, DONT_SAVE, ButtonType.CANCEL);
        alert.getDialogPane().setId("unsaved-all-dialog");
        return answer(alert);
    }

    private static Answer answer(Alert alert) {
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE || answer == SAVE_ALL) return Answer.SAVE;
        if (answer == DONT_SAVE) return Answer.DISCARD;
        return Answer.CANCEL;
    }
}
