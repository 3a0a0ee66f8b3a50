package org.masthead.ui.checks;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.masthead.check.Finding;
import org.masthead.check.Severity;

/**
 * Every finding of the checks, worst first, graded error / warning / tip. Clicking one (or Enter)
 * takes the writer to the field or the body line it concerns.
 */
public final class ChecksPanel extends BorderPane {
    private int selectNext = -1;
    private final ListView<Finding> list = new ListView<>();
    private final Label summary = new Label();
    private final Consumer<Finding> onOpen;

    /** {@code onOpen}: where a clicked finding takes the writer. */
    public ChecksPanel(Consumer<Finding> onOpen) {
        this.onOpen = onOpen;
        getStyleClass().add("checks-panel");
        list.setId("checks-list");
        summary.setId("checks-summary");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(v -> new FindingCell());
        list.widthProperty().addListener((o, was, now) -> {
            if ((was.doubleValue() < NARROW) != (now.doubleValue() < NARROW)) list.refresh();
        });
        list.setOnMouseClicked(e -> open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) open(list.getSelectionModel().getSelectedItem());
        });
        HBox bar = new HBox(summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        setTop(bar);
        setCenter(list);
        show(List.of());
    }

    /** Puts the keyboard in the list (arrows move, Enter opens), on the first finding if none is selected. */
    public void focusList() {
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty())
            list.getSelectionModel().select(0);
        list.requestFocus();
    }

    public ListView<Finding> list() {
        return list;
    }

    /** Selects this row when the next findings come (a tab shown again; its checks run anew). */
    public void selectWhenShown(int row) {
        selectNext = row;
    }

    public void show(List<Finding> findings) {
        list.setItems(FXCollections.observableArrayList(findings.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .thenComparingInt(Finding::line)
                        .thenComparingInt(Finding::column))
                .toList()));
        if (selectNext >= 0 && selectNext < findings.size()) {
            list.getSelectionModel().select(selectNext);
            list.scrollTo(selectNext);
        }
        selectNext = -1;
        summary.setText(summarize(findings));
    }

    /** "2 errors · 1 warning · 3 tips", or that there is nothing. */
    public static String summarize(List<Finding> findings) {
        long e = count(findings, Severity.ERROR),
                w = count(findings, Severity.WARNING),
                t = count(findings, Severity.TIP);
        if (e + w + t == 0) return "✓ No problems";
        return plural(e, "error") + " · " + plural(w, "warning") + " · " + plural(t, "tip");
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void open(Finding f) {
        if (f != null) onOpen.accept(f);
    }

    /** Below this width a finding's message goes on a line of its own. */
    static final double NARROW = 480;

    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().removeIf(s -> s.startsWith("severity-"));
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add("severity-" + f.severity().label());
            Label grade = new Label(f.severity().label());
            grade.getStyleClass().add("grade");
            Label where = new Label(f.key() != null ? f.key() : "line " + f.line());
            where.getStyleClass().add("where");
            Label message = new Label(f.message());
            message.setWrapText(true);
            message.getStyleClass().add("message");
            message.setMaxWidth(Double.MAX_VALUE);
            setText(null);
            // In a narrow pane the message goes under its grade and place, and wraps there whole.
            if (getListView().getWidth() < NARROW) {
                message.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                setGraphic(new VBox(2, new HBox(8, grade, where), message));
                return;
            }
            HBox row = new HBox(8, grade, where, message);
            row.setAlignment(Pos.BASELINE_LEFT);
            HBox.setHgrow(message, Priority.ALWAYS);
            message.prefWidthProperty().bind(getListView().widthProperty().subtract(220));
            setGraphic(row);
        }
    }
}
