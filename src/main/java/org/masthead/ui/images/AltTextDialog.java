package org.masthead.ui.images;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an image's alt text before its link goes in. An empty alt text must be chosen (a
 * decorative image), never left by accident: Insert stays off until there is text or the box says so.
 */
final class AltTextDialog {
    static final ButtonType INSERT = new ButtonType("Insert", ButtonBar.ButtonData.OK_DONE);

    private AltTextDialog() {}

    /** The alt text ("" for a decorative image), or empty if the writer cancelled. */
    static Optional<String> ask(Window owner, String imageName) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Insert image");
        d.setHeaderText("Describe " + imageName + " for readers who cannot see it");
        TextField alt = new TextField();
        alt.setId("alt-text");
        alt.setPromptText("e.g. Fishing boats tied up at low tide");
        alt.setPrefColumnCount(36);
        CheckBox decorative = new CheckBox("Decorative: no description (screen readers skip it)");
        decorative.setId("alt-decorative");
        alt.disableProperty().bind(decorative.selectedProperty());
        Label why = new Label("Alt text is read aloud by screen readers and shown when the image cannot load.");
        why.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, alt, decorative, why));
        d.getDialogPane().getButtonTypes().setAll(INSERT, ButtonType.CANCEL);
        d.getDialogPane().setId("alt-dialog");
        d.getDialogPane()
                .lookupButton(INSERT)
                .disableProperty()
                .bind(alt.textProperty()
                        .isEmpty()
                        .and(decorative.selectedProperty().not()));
        d.setResultConverter(
                b -> b == INSERT ? (decorative.isSelected() ? "" : alt.getText().strip()) : null);
        d.setOnShown(e -> alt.requestFocus());
        return d.showAndWait();
    }
}
