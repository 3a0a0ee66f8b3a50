package org.masthead.ui.form;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.masthead.document.ArticleDocument;
import org.masthead.profile.DatePattern;
import org.masthead.profile.FieldType;
import org.masthead.text.Urls;

/** Makes the control for a field type. */
final class FieldInputs {
    /** Licenses offered for an image; any other text can be typed. */
    static final List<String> LICENSES = List.of(
            "CC BY 4.0",
            "CC BY-SA 4.0",
            "CC BY-NC 4.0",
            "CC BY-ND 4.0",
            "CC BY-NC-SA 4.0",
            "CC BY-NC-ND 4.0",
            "CC0 1.0",
            "Public domain",
            "All rights reserved");

    private FieldInputs() {}

    /**
     * {@code wraps}: a one-line value that may grow long (a title) gets a box that wraps. A list (one
     * the schema declares, or any the file holds under a key it says nothing about) is edited as chips.
     */
    static FieldInput create(FieldType type, String key, ArticleDocument doc, FormHost host, boolean wraps) {
        if (type == FieldType.LIST || (type == FieldType.TEXT && ChipsInput.holdsList(doc, key)))
            return new ChipsInput(key, doc, host);
        DatePattern dates = doc.profile().datePattern(doc.schema());
        return switch (type) {
            case BOOLEAN -> ShapedInputs.checkbox(key);
            case TEXT -> textual(wraps ? ShapedInputs.wrappingLine() : new TextField(), key);
            case MULTILINE -> textual(area(), key);
            case URL -> url(key, host);
            case DATE -> date(key, dates);
            case LICENSE -> license(key);
            case IMAGE_PATH -> new ImagePathInput(key, host);
            default -> textual(new TextField(), key);
        };
    }

    private static TextArea area() {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(3);
        ShapedInputs.tabLeaves(a);
        return a;
    }

    /** A text control as a field input. */
    static FieldInput textual(TextInputControl control, String key) {
        control.setId("field-" + key);
        return new FieldInput() {
            private boolean showing;

            @Override
            public Node node() {
                return control;
            }

            @Override
            public Node focusTarget() {
                return control;
            }

            @Override
            public void show(String value) {
                if (control.getText().equals(value)) return;
                showing = true;
                try {
                    control.setText(value);
                } finally {
                    showing = false;
                }
            }

            @Override
            public void onEdit(Consumer<String> listener) {
                control.textProperty().addListener((o, a, b) -> {
                    if (!showing) listener.accept(b);
                });
            }
        };
    }

    private static FieldInput url(String key, FormHost host) {
        TextField field = new TextField();
        FieldInput text = textual(field, key);
        Button open = new Button("↗");
        LazyTooltip.install(open, () -> "Open in the browser");
        open.setFocusTraversable(false);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> host.openUrl(field.getText().strip()));
        Runnable validate = () -> {
            boolean ok = field.getText().isBlank()
                    || Urls.isAbsoluteHttp(field.getText().strip());
            field.pseudoClassStateChanged(PseudoClass.getPseudoClass("invalid"), !ok);
            open.setDisable(!ok || field.getText().isBlank());
        };
        field.textProperty().addListener((o, a, b) -> validate.run());
        validate.run();
        HBox box = new HBox(4, field, open);
        HBox.setHgrow(field, Priority.ALWAYS);
        return wrap(text, box);
    }

    private static FieldInput date(String key, DatePattern dates) {
        DatePicker picker = new DatePicker();
        picker.setId("field-" + key);
        picker.setEditable(true);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : dates.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                return s == null ? null : dates.parse(s).orElse(null);
            }
        });
        picker.setPromptText(dates.example());
        FieldInput text = textual(picker.getEditor(), key + "-text");
        // Picking a day writes it in the site's format into the text, which reports the edit.
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null && !picker.getEditor().getText().equals(dates.format(d)))
                picker.getEditor().setText(dates.format(d));
        });
        return new FieldInput() {
            @Override
            public Node node() {
                return picker;
            }

            @Override
            public Node focusTarget() {
                return picker.getEditor();
            }

            @Override
            public void show(String value) {
                text.show(value);
                picker.setValue(dates.parse(value).orElse(null));
            }

            @Override
            public void onEdit(Consumer<String> l) {
                text.onEdit(l);
            }
        };
    }

    private static FieldInput license(String key) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(LICENSES);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setId("field-" + key);
        FieldInput text = textual(box.getEditor(), key + "-text");
        box.valueProperty().addListener((o, a, v) -> {
            if (v != null && !box.getEditor().getText().equals(v))
                box.getEditor().setText(v);
        });
        return wrap(text, box);
    }

    /** The same input shown inside another node. */
    static FieldInput wrap(FieldInput inner, Node outer) {
        return new FieldInput() {
            @Override
            public Node node() {
                return outer;
            }

            @Override
            public Node focusTarget() {
                return inner.focusTarget();
            }

            @Override
            public void show(String value) {
                inner.show(value);
            }

            @Override
            public void onEdit(Consumer<String> l) {
                inner.onEdit(l);
            }
        };
    }
}
