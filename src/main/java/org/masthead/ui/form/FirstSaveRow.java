package org.masthead.ui.form;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Subscription;
import org.masthead.newarticle.FirstSavePlace;

/**
 * Above the fields of an article started the site's way: the file its first save writes, relative to the site.
 * It follows the slug (the chain button, as for linked fields) until the writer types another place; after the
 * first save it goes away, since the file is then the tab's name.
 */
final class FirstSaveRow extends VBox {
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");
    private final ArticleDocument doc;
    private final FirstSavePlace place;
    private final TextField path = new TextField();
    private final ToggleButton link = new ToggleButton();
    private final Subscription subscription;
    private boolean showing;

    FirstSaveRow(ArticleDocument doc, FirstSavePlace place) {
        this.doc = doc;
        this.place = place;
        getStyleClass().add("field-row");
        setId("row-first-save");
        setPadding(new Insets(6, 10, 2, 10));
        Label name = new Label("File");
        name.getStyleClass().add("field-label");
        Label note = new Label("written at the first save");
        note.getStyleClass().add("field-key");
        note.setMinWidth(0);
        String tip = "Where Ctrl+S first writes this article, inside the site. It follows the slug"
                + " until you type another place here.";
        LazyTooltip.install(name, () -> tip);
        LazyTooltip.install(note, () -> tip);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        link.setId("link-first-save");
        FieldRow.styleLink(link);
        LazyTooltip.install(
                link,
                () -> place.isLinked()
                        ? "Linked: follows the slug. Typing here unlinks it; click to unlink."
                        : "Not linked. Click to make it follow the slug again.");
        HBox top = new HBox(6, name, note, spacer, link);
        top.setAlignment(Pos.BASELINE_LEFT);
        path.setId("field-first-save");
        path.getStyleClass().add("first-save-path");
        path.textProperty().addListener((o, was, now) -> {
            if (showing) return;
            place.type(now);
            showLink();
        });
        link.selectedProperty().addListener((o, was, now) -> {
            if (showing) return;
            if (now) place.relink();
            else place.type(path.getText());
            refresh();
        });
        getChildren().addAll(top, path);
        subscription = doc.addListener(origin -> refresh());
        refresh();
    }

    void dispose() {
        subscription.close();
    }

    private void refresh() {
        boolean unsaved = doc.isUntitled();
        setVisible(unsaved);
        setManaged(unsaved);
        if (!unsaved) return;
        String shown = place.shown(doc);
        if (!path.getText().equals(shown)) quietly(() -> path.setText(shown));
        showLink();
    }

    private void showLink() {
        quietly(() -> link.setSelected(place.isLinked()));
        pseudoClassStateChanged(LINKED, place.isLinked());
    }

    private void quietly(Runnable r) {
        showing = true;
        try {
            r.run();
        } finally {
            showing = false;
        }
    }
}
