package org.masthead.ui.form;

import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;

import org.masthead.document.ArticleDocument;
import org.masthead.source.SourceException;

/** The form's Add field…: asks for a key, adds it empty unless the header has it, then shows its row. */
final class NewFieldQuestion {
    private NewFieldQuestion() {}

    static void ask(Node owner, ArticleDocument doc, Consumer<String> focus) {
        TextInputDialog d = new TextInputDialog();
        d.setTitle("Add field");
        d.setHeaderText("Name of the new front-matter key");
        d.setContentText("Key:");
        if (owner.getScene() != null) d.initOwner(owner.getScene().getWindow());
        d.showAndWait().map(String::strip).filter(k -> !k.isEmpty()).ifPresent(k -> {
            try {
                if (!doc.article().requireFrontMatter().has(k)) doc.setValue(k, "");
                focus.accept(k);
            } catch (SourceException e) {
                new Alert(Alert.AlertType.WARNING, e.getMessage()).showAndWait();
            }
        });
    }
}
