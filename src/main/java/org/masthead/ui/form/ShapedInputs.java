package org.masthead.ui.form;

import java.util.Locale;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Controls shaped by their value: a checkbox for yes/no, a wrapping box for a long one-line title, Tab in boxes. */
public final class ShapedInputs {
    /** Set on a text area while its Ctrl+Tab moves the focus on; the window lets that key pass. */
    public static final String MOVING_ON = "masthead.movingOn";

    private ShapedInputs() {}

    /**
     * A yes/no value (Hugo's {@code draft}) as a checkbox. A value that is neither true nor false
     * shows as undecided, its text in the tooltip, and is replaced only when the writer clicks.
     */
    static FieldInput checkbox(String key) {
        CheckBox box = new CheckBox();
        LazyTooltip.install(box, () -> String.valueOf(box.getUserData()));
        box.setId("field-" + key);
        box.setAllowIndeterminate(false);
        return new FieldInput() {
            private boolean showing;

            @Override
            public Node node() {
                return box;
            }

            @Override
            public Node focusTarget() {
                return box;
            }

            @Override
            public void show(String value) {
                showing = true;
                try {
                    String v = value.strip().toLowerCase(Locale.ROOT);
                    box.setIndeterminate(!v.equals("true") && !v.equals("false") && !v.isEmpty());
                    box.setSelected(v.equals("true"));
                    box.setText(box.isIndeterminate() ? "“" + value.strip() + "”" : v.equals("true") ? "yes" : "no");
                    box.setUserData("Written as " + (v.isEmpty() ? "nothing yet" : value.strip()));
                } finally {
                    showing = false;
                }
            }

            @Override
            public void onEdit(Consumer<String> l) {
                box.selectedProperty().addListener((o, a, on) -> {
                    if (showing) return;
                    box.setIndeterminate(false);
                    box.setText(on ? "yes" : "no");
                    l.accept(on ? "true" : "false");
                });
            }
        };
    }

    /** A one-line value that wraps as it grows (a long title stays readable); Enter adds no line. */
    static TextArea wrappingLine() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(2);
        a.getStyleClass().add("wrapping-line");
        a.setTextFormatter(new TextFormatter<String>(c -> {
            if (c.getText().contains("\n") || c.getText().contains("\r")) {
                c.setText(c.getText().replaceAll("\\R", " "));
            }
            return c;
        }));
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) e.consume();
        });
        tabLeaves(a);
        return a;
    }

    /**
     * Tab moves on to the next control, as in every other field, instead of typing a tab (a text
     * area would type one; it moves on with Ctrl+Tab, which the window keeps for its tabs).
     */
    static void tabLeaves(TextArea a) {
        // The Ctrl+Tab fired below only moves the focus: the window's shortcuts must let it pass.
        boolean[] moving = {false};
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (moving[0] || e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown() || e.isControlDown()) return;
            e.consume();
            moving[0] = true;
            a.getProperties().put(MOVING_ON, true);
            try {
                a.fireEvent(
                        new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            } finally {
                moving[0] = false;
                a.getProperties().remove(MOVING_ON);
            }
        });
    }
}
