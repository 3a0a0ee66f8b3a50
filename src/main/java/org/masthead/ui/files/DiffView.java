package org.masthead.ui.files;

import java.util.List;
import java.util.Objects;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.masthead.ui.files.DiffRows.Kind;
import org.masthead.ui.files.DiffRows.Row;

/**
 * Two versions of an article side by side, so the writer can see what differs before choosing:
 * two read-only, line-numbered columns, changed lines marked, long lines wrapped. Both columns are
 * one list of rows, so they scroll together and a line stays level with its other version.
 */
public final class DiffView {
    private DiffView() {}

    public static void show(Window owner, String title, String leftName, String left, String rightName, String right) {
        List<Row> rows = DiffRows.of(left, right);
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(
                DiffRows.anyDifference(rows)
                        ? "Left: " + leftName + ". Right: " + rightName + ". Changed lines are marked."
                        : "The two versions are the same.");
        GridPane view = view(rows, leftName, rightName);
        a.getDialogPane().setContent(view);
        // Again once shown: wrapped rows only get their heights then, and the first scroll can fall short.
        a.setOnShown(e -> ((ListView<?>) view.lookup("#diff-rows")).scrollTo(firstShown(rows)));
        a.getDialogPane().setId("diff-dialog");
        a.getDialogPane()
                .getStylesheets()
                .add(Objects.requireNonNull(DiffView.class.getResource("/org/masthead/ui/masthead.css"))
                        .toExternalForm());
        a.setResizable(true);
        a.showAndWait();
    }

    static GridPane view(List<Row> rows, String leftName, String rightName) {
        ListView<Row> list = new ListView<>();
        list.getItems().setAll(rows);
        list.setId("diff-rows");
        list.getStyleClass().add("diff-rows");
        list.setCellFactory(l -> new RowCell());
        list.setPrefSize(1000, 600);
        list.scrollTo(firstShown(rows));
        GridPane pane = new GridPane();
        pane.getColumnConstraints().setAll(columns());
        pane.add(heading(leftName), 1, 0);
        pane.add(heading(rightName), 3, 0);
        pane.add(list, 0, 1, 4, 1);
        GridPane.setVgrow(list, Priority.ALWAYS);
        GridPane.setHgrow(list, Priority.ALWAYS);
        return pane;
    }

    /** The row to open at: the first difference, with a little of what comes before it. */
    static int firstShown(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() != Kind.SAME) return Math.max(0, i - 3);
        }
        return 0;
    }

    /** Line number, text, line number, text; the texts share the width equally. */
    private static List<ColumnConstraints> columns() {
        ColumnConstraints number = new ColumnConstraints(48);
        ColumnConstraints text = new ColumnConstraints();
        text.setPercentWidth(46);
        text.setHgrow(Priority.ALWAYS);
        return List.of(number, text, number, text);
    }

    private static Label heading(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("diff-heading");
        return l;
    }

    /** One row: both sides' numbers and texts, marked by what differs. */
    static final class RowCell extends ListCell<Row> {
        private final Label leftNo = label("diff-number");
        private final Label left = label("diff-line");
        private final Label rightNo = label("diff-number");
        private final Label right = label("diff-line");
        private final GridPane grid = new GridPane();

        RowCell() {
            grid.getColumnConstraints().setAll(columns());
            grid.addRow(0, leftNo, left, rightNo, right);
            left.setId("diff-left");
            right.setId("diff-right");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            // The cell follows the list's width, so long lines wrap instead of scrolling sideways.
            setPrefWidth(0);
        }

        private static Label label(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            l.setMaxWidth(Double.MAX_VALUE);
            l.setMaxHeight(Double.MAX_VALUE);
            l.setAlignment(Pos.TOP_LEFT);
            l.setWrapText(true);
            l.setMnemonicParsing(false);
            return l;
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            leftNo.setText(row.leftLine() == 0 ? "" : Integer.toString(row.leftLine()));
            rightNo.setText(row.rightLine() == 0 ? "" : Integer.toString(row.rightLine()));
            left.setText(row.left());
            right.setText(row.right());
            mark(left, row.kind() == Kind.CHANGED || row.kind() == Kind.ONLY_LEFT, "diff-old");
            mark(right, row.kind() == Kind.CHANGED || row.kind() == Kind.ONLY_RIGHT, "diff-new");
            mark(left, row.kind() == Kind.ONLY_RIGHT, "diff-missing");
            mark(right, row.kind() == Kind.ONLY_LEFT, "diff-missing");
            setGraphic(grid);
        }

        private static void mark(Label label, boolean on, String style) {
            if (on && !label.getStyleClass().contains(style))
                label.getStyleClass().add(style);
            if (!on) label.getStyleClass().remove(style);
        }
    }
}
