package org.masthead.ui;

import java.io.File;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.masthead.ui.editor.EditorComfort;

/** File ▸ Preferences: the editor's font and size, and a folder of spelling dictionaries. */
final class PreferencesDialog {
    private PreferencesDialog() {}

    /** {@code dictionariesMoved}: told when another dictionary folder was chosen (it is in the preferences). */
    static void show(Stage owner, AppPrefs prefs, EditorComfort editor, Runnable dictionariesMoved) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Preferences");
        d.getDialogPane().setId("preferences-dialog");
        d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        ComboBox<String> family = new ComboBox<>(FXCollections.observableArrayList(Font.getFamilies()));
        family.setEditable(true);
        family.setId("pref-font");
        family.setPromptText("Default (DejaVu Sans Mono)");
        family.setValue(prefs.getText(ComfortMenu.FONT, ""));
        Spinner<Double> size = new Spinner<>(8.0, 36.0, prefs.get(ComfortMenu.SIZE, 13.5), 0.5);
        size.setEditable(true);
        size.setId("pref-size");
        TextField folder = new TextField(prefs.getText(SpellingSetup.FOLDER, ""));
        folder.setId("pref-dictionaries");
        folder.setPromptText("Only the system's dictionaries");
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Folder of Hunspell dictionaries (.aff and .dic)");
            File f = c.showDialog(d.getDialogPane().getScene().getWindow());
            if (f != null) folder.setText(f.getPath());
        });
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Editor font:"), family);
        grid.addRow(1, new Label("Editor font size:"), size);
        grid.addRow(2, new Label("Dictionary folder:"), folderRow);
        Label note = new Label("Its .aff and .dic files come before the system's; a folder chosen is read at once.");
        note.getStyleClass().add("field-key");
        grid.add(note, 1, 3);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) return;
        String f = family.getValue() == null ? "" : family.getValue().strip();
        prefs.putText(ComfortMenu.FONT, f);
        prefs.put(ComfortMenu.SIZE, size.getValue());
        boolean moved = !folder.getText().strip().equals(prefs.getText(SpellingSetup.FOLDER, ""));
        prefs.putText(SpellingSetup.FOLDER, folder.getText().strip());
        prefs.flush();
        editor.setFont(f, size.getValue());
        if (moved) dictionariesMoved.run();
    }
}
