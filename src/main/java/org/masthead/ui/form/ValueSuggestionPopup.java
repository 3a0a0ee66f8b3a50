package org.masthead.ui.form;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;

import org.masthead.site.ValueCount;

/**
 * The site's values offered under a chip field's box as the writer types: best first, each with
 * the number of articles that use it. The box keeps the keyboard; it moves the selection here.
 */
final class ValueSuggestionPopup {
    private static final int ROWS = 8;
    private static final double ROW_HEIGHT = 26;

    private final TextField box;
    private final Popup popup = new Popup();
    private final ListView<ValueCount> list = new ListView<>();

    ValueSuggestionPopup(TextField box, Consumer<String> take) {
        this.box = box;
        list.setId(box.getId() + "-suggestions");
        list.getStyleClass().add("value-suggestions");
        list.setFocusTraversable(false);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new SuggestionCell());
        list.setOnMouseClicked(e -> {
            ValueCount chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) take.accept(chosen.value());
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        // A click elsewhere (a chip's ✕, the spelling tip's link) closes the list and still does its work.
        popup.setConsumeAutoHidingEvents(false);
        popup.setHideOnEscape(false); // Esc is the box's: it closes the list, not the window's dialog
    }

    /** Shows these values under the box (hides the list when there are none). */
    void show(List<ValueCount> values) {
        if (values.isEmpty() || box.getScene() == null || box.getScene().getWindow() == null) {
            hide();
            return;
        }
        list.getItems().setAll(values);
        list.getSelectionModel().clearSelection();
        list.setPrefWidth(Math.max(220, box.getWidth()));
        list.setPrefHeight(Math.min(ROWS, values.size()) * ROW_HEIGHT + 4);
        Bounds b = box.localToScreen(box.getBoundsInLocal());
        if (b == null) return;
        if (!popup.isShowing()) popup.show(box, b.getMinX(), b.getMaxY());
        else {
            popup.setX(b.getMinX());
            popup.setY(b.getMaxY());
        }
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Moves the selection by {@code step} rows, from the first row down or the last row up. */
    void move(int step) {
        int n = list.getItems().size();
        if (n == 0) return;
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(at + step, n);
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - ROWS + 1));
    }

    /** The value chosen with the arrows, or null. */
    String selected() {
        ValueCount v = list.getSelectionModel().getSelectedItem();
        return v == null ? null : v.value();
    }

    List<ValueCount> shown() {
        return List.copyOf(list.getItems());
    }

    /** A value on the left, its count on the right. */
    private static final class SuggestionCell extends ListCell<ValueCount> {
        private final Label value = new Label();
        private final Label count = new Label();
        private final HBox row;

        SuggestionCell() {
            count.getStyleClass().add("suggestion-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            value.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row = new HBox(8, value, spacer, count);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(ValueCount item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            value.setText(item.value());
            count.setText("×" + item.count());
            setAccessibleText(
                    item.value() + ", used in " + item.count() + (item.count() == 1 ? " article" : " articles"));
            setGraphic(row);
        }
    }
}
