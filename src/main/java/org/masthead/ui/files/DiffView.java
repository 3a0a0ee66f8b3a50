package org.masthead.ui.files;

import java.util.Arrays;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

/** Two versions of an article side by side as a line diff, so the writer can see what differs before choosing. */
public final class DiffView {
    private DiffView() {}

    /** A unified diff of the two texts; empty when they are the same. */
    public static String unified(String leftName, String left, String rightName, String right) {
        List<String> a = lines(left), b = lines(right);
        Patch<String> patch = DiffUtils.diff(a, b);
        if (patch.getDeltas().isEmpty()) return "";
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(leftName, rightName, a, patch, 3));
    }

    public static void show(Window owner, String title, String leftName, String left, String rightName, String right) {
        String diff = unified(leftName, left, rightName, right);
        TextArea area = new TextArea(diff.isEmpty() ? "The two versions are the same." : diff);
        area.setEditable(false);
        area.setId("diff-text");
        area.getStyleClass().add("diff-text");
        area.setWrapText(true);
        area.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;");
        area.setPrefSize(900, 560);
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText("Lines starting with - are only in " + leftName + ", lines with + only in " + rightName + ".");
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("diff-dialog");
        a.setResizable(true);
        a.showAndWait();
    }

    private static List<String> lines(String s) {
        return Arrays.asList(s.split("\r\n|\r|\n", -1));
    }
}
