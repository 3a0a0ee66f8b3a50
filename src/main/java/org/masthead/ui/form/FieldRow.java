package org.masthead.ui.form;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import org.masthead.check.Finding;
import org.masthead.check.Severity;

/** One field of the form: label with help, control, live character counter and the checks' findings. */
final class FieldRow extends VBox {
    private static final PseudoClass NEAR = PseudoClass.getPseudoClass("near");
    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");
    private static final PseudoClass ABSENT = PseudoClass.getPseudoClass("absent");
    private static final PseudoClass LINKED = PseudoClass.getPseudoClass("linked");

    final String key;
    final FieldInput input;
    private final int limit;
    private final Label counter = new Label();
    private final Label findings = new Label();
    private final HBox top;
    private ToggleButton link;
    private boolean showingLink;

    FieldRow(String key, String label, String help, int limit, FieldInput input, Runnable onRemove) {
        this.key = key;
        this.input = input;
        this.limit = limit;
        getStyleClass().add("field-row");
        setId("row-" + key);
        Label name = new Label(label);
        name.getStyleClass().add("field-label");
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("field-key");
        if (!help.isEmpty()) {
            LazyTooltip.install(name, () -> help);
            LazyTooltip.install(keyLabel, () -> help);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        counter.getStyleClass().add("field-counter");
        counter.setId("counter-" + key);
        Button remove = new Button("✕");
        remove.getStyleClass().add("field-remove");
        remove.setFocusTraversable(false);
        LazyTooltip.install(remove, () -> "Remove '" + key + "' from the front matter");
        remove.setOnAction(e -> onRemove.run());
        // In a narrow pane the labels give way (with "…", their tooltip tells all); buttons and the counter never.
        name.setMinWidth(40);
        keyLabel.setMinWidth(0);
        counter.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        top = new HBox(6, name, keyLabel, spacer, counter, remove);
        top.setAlignment(Pos.BASELINE_LEFT);
        findings.getStyleClass().add("field-findings");
        findings.setWrapText(true);
        findings.setId("findings-" + key);
        findings.setVisible(false);
        findings.setManaged(false);
        getChildren().addAll(top, input.node(), findings);
        input.onItems(() -> updateCounter(""));
    }

    /**
     * Adds the link button of a derived field: pressed while the field follows its source;
     * pressing it again makes the field follow (relink), releasing it stops that.
     */
    void addLink(String follows, Consumer<Boolean> onToggle) {
        link = new ToggleButton();
        link.setId("link-" + key);
        styleLink(link);
        link.selectedProperty().addListener((o, was, now) -> {
            if (!showingLink) onToggle.accept(now);
        });
        link.setUserData(follows);
        LazyTooltip.install(
                link,
                () -> link.isSelected()
                        ? "Linked: " + follows + ". Typing here unlinks it; click to unlink."
                        : "Not linked. Click to make it " + follows.replaceFirst("^follows", "follow") + " again.");
        top.getChildren().add(top.getChildren().indexOf(counter), link);
    }

    /** The chain button's look, shared with the first-save row. */
    static void styleLink(ToggleButton link) {
        link.getStyleClass().add("field-link");
        link.setFocusTraversable(false);
        SVGPath icon = new SVGPath();
        // Two interlocking rounded links.
        icon.setContent("M6.6 9.4a3 3 0 0 1 0-4.2l2.1-2.1a3 3 0 0 1 4.2 4.2l-1 1-1.1-1.1 1-1a1.5 1.5 0 0 "
                + "0-2.1-2.1L7.6 6.2a1.5 1.5 0 0 0 0 2.1z"
                + "M9.4 6.6a3 3 0 0 1 0 4.2l-2.1 2.1a3 3 0 0 1-4.2-4.2l1-1 1.1 1.1-1 1a1.5 1.5 0 0 0 "
                + "2.1 2.1l2.1-2.1a1.5 1.5 0 0 0 0-2.1z");
        icon.getStyleClass().add("link-icon");
        link.setGraphic(icon);
        link.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** Shows whether the field follows its source. */
    void showLinked(boolean linked) {
        if (link == null) return;
        showingLink = true;
        try {
            link.setSelected(linked);
        } finally {
            showingLink = false;
        }
        pseudoClassStateChanged(LINKED, linked);
    }

    boolean isLinkShown() {
        return link != null && link.isSelected();
    }

    void onEdit(Consumer<String> listener) {
        input.onEdit(text -> {
            updateCounter(text);
            listener.accept(text);
        });
    }

    /** Shows the value in the file; {@code present} is false for a schema field the file lacks. */
    void show(String value, boolean present) {
        input.show(value);
        updateCounter(value);
        pseudoClassStateChanged(ABSENT, !present);
    }

    void updateCounter(String text) {
        if (input.items() >= 0) {
            int items = input.items();
            counter.setText(items == 0 ? "" : items == 1 ? "1 item" : items + " items");
            return;
        }
        int n = text.codePointCount(0, text.length());
        counter.setText(limit > 0 ? n + " / " + limit : n == 0 ? "" : Integer.toString(n));
        counter.pseudoClassStateChanged(OVER, limit > 0 && n > limit);
        counter.pseudoClassStateChanged(NEAR, limit > 0 && n <= limit && n >= limit * 0.9);
    }

    void showFindings(List<Finding> list) {
        findings.setText(list.stream().map(f -> f.message()).collect(Collectors.joining("\n")));
        boolean any = !list.isEmpty();
        findings.setVisible(any);
        findings.setManaged(any);
        findings.getStyleClass().removeIf(s -> s.startsWith("severity-"));
        if (any) {
            Severity worst =
                    list.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow();
            findings.getStyleClass().add("severity-" + worst.name().toLowerCase(Locale.ROOT));
        }
    }

    String counterText() {
        return counter.getText();
    }
}
