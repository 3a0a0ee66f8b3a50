package org.masthead.ui.editor;

import java.util.function.IntConsumer;

import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

/** Ctrl+L: asks for a file line, offering the caret's; what is not a number goes nowhere. */
final class GoToLineDialog {
    private GoToLineDialog() {}

    /**
     * @param current the caret's file line, offered
     * @param last    the body's last file line
     * @param to      told the file line asked for
     */
    static void ask(Node owner, int current, int last, IntConsumer to) {
        TextInputDialog d = new TextInputDialog(Integer.toString(current));
        d.setTitle("Go to line");
        d.setHeaderText(null);
        d.setContentText("Line (1–" + last + "):");
        if (owner.getScene() != null) d.initOwner(owner.getScene().getWindow());
        d.showAndWait().ifPresent(s -> {
            try {
                to.accept(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                System.getLogger(GoToLineDialog.class.getName())
                        .log(System.Logger.Level.DEBUG, "Go to line: not a number: " + s);
            }
        });
    }
}
