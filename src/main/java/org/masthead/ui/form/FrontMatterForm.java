package org.masthead.ui.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.masthead.article.FrontMatter;
import org.masthead.check.Finding;
import org.masthead.document.ArticleDocument;
import org.masthead.document.Origin;
import org.masthead.document.Subscription;
import org.masthead.fx.Frames;
import org.masthead.profile.FieldType;
import org.masthead.profile.Schema;
import org.masthead.ui.session.DocumentSession;
import org.masthead.yaml.YamlValue;

/**
 * The front matter as a form generated from the site's schema, or as raw YAML. Every edit goes
 * through the document's lossless model. When the YAML does not parse, the form shows where and is
 * disabled, while the raw text stays editable.
 */
public final class FrontMatterForm extends BorderPane {
    private final Subscription subscription;
    private final ArticleDocument doc;
    private final FormHost host;
    private final VBox rows = new VBox(10);
    private final ScrollPane formScroll = new ScrollPane(rows);
    private RawYamlView raw; // made when first shown: most articles never open it
    private final ToggleButton rawToggle = new ToggleButton("Raw YAML");
    private final HeaderErrorLabel error = new HeaderErrorLabel(this::showRawAt);
    private final Map<String, FieldRow> rowsByKey = new LinkedHashMap<>();
    private List<String> shownLayout = List.of();
    private List<Finding> findings = List.of();
    private FirstSaveRow firstSave;
    private final FieldRows fieldRows;
    /** The rows still to build after the first frame (see {@link #rebuild}), or null. */
    private Runnable pending;

    private static final int FIRST_ROWS = 5;

    public FrontMatterForm(ArticleDocument doc, FormHost host) {
        this.doc = doc;
        this.host = host;
        this.fieldRows = new FieldRows(doc, host, error, key -> showLinks());
        getStyleClass().add("front-matter-form");
        rows.setPadding(new Insets(8, 10, 16, 10));
        rows.setFillWidth(true);
        formScroll.setFitToWidth(true);
        // The rows take the pane's width, never more: their controls shrink rather than scroll sideways.
        rows.setMinWidth(0);
        formScroll.setId("form-scroll");
        rawToggle.setId("raw-toggle");
        rawToggle.setOnAction(e -> showRaw(rawToggle.isSelected()));
        Button add = new Button("Add field…");
        add.setId("add-field");
        add.setOnAction(e -> NewFieldQuestion.ask(this, doc, this::focusField));
        Label title = new Label("Front matter");
        title.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // In a narrow pane the title gives way; the buttons keep their words.
        title.setMinWidth(0);
        add.setMinWidth(Region.USE_PREF_SIZE);
        rawToggle.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, title, spacer, add, rawToggle);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("pane-bar");
        VBox top = new VBox(bar, error);
        host.firstSavePlace().map(p -> new FirstSaveRow(doc, p)).ifPresent(r -> {
            top.getChildren().add(r);
            firstSave = r;
        });
        setTop(top);
        setCenter(formScroll);
        subscription = doc.addListener(this::documentChanged);
        documentChanged(Origin.LOAD);
    }

    /** Stops following the document (another one is shown). */
    public void dispose() {
        subscription.close();
        if (firstSave != null) firstSave.dispose();
    }

    /** Shows each check's findings beside their fields while {@code session} is open. */
    public void follow(DocumentSession session) {
        session.observe(session.checkedProperty(), (o, old, checked) -> showFindings(checked.findings()));
    }

    private void showFindings(List<Finding> list) {
        findings = list;
        for (FieldRow row : rowsByKey.values()) {
            row.showFindings(list.stream().filter(f -> row.key.equals(f.key())).toList());
        }
    }

    /** Focuses a field's control (a finding about it was clicked). */
    public boolean focusField(String key) {
        if (!rowsByKey.containsKey(key) && pending != null) pending.run();
        FieldRow row = rowsByKey.get(key);
        if (row == null) return false;
        if (rawToggle.isSelected()) {
            rawToggle.setSelected(false);
            showRaw(false);
        }
        row.input.focusTarget().requestFocus();
        double y = row.getBoundsInParent().getMinY()
                / Math.max(1, rows.getHeight() - formScroll.getViewportBounds().getHeight());
        formScroll.setVvalue(Math.max(0, Math.min(1, y)));
        return true;
    }

    /** Puts the keyboard in the form: the raw YAML when shown, else the first field that takes text. */
    public void focusFirst() {
        if (rawToggle.isSelected()) {
            raw.area().requestFocus();
            return;
        }
        rowsByKey.values().stream()
                .map(r -> r.input.focusTarget())
                .filter(n -> !n.isDisabled())
                .findFirst()
                .ifPresentOrElse(Node::requestFocus, rawToggle::requestFocus);
    }

    public boolean isRawShown() {
        return rawToggle.isSelected();
    }

    private void showRaw(boolean on) {
        if (on && raw == null) raw = new RawYamlView(doc::setHeader);
        if (on) syncRaw();
        setCenter(on ? raw : formScroll);
        if (on) raw.area().requestFocus();
        else formScroll.requestFocus();
        showError();
    }

    /** Opens the raw YAML with the caret on a file line of the header (a finding, Go to Line). */
    public void showRawAt(int fileLine) {
        rawToggle.setSelected(true);
        showRaw(true);
        raw.goToLine(fileLine);
    }

    private boolean showError() {
        var line = error.show(doc.article(), rawToggle.isSelected());
        if (raw != null) raw.markError(line.orElse(-1));
        return error.isVisible();
    }

    private void documentChanged(Origin origin) {
        // A header Masthead cannot read (broken YAML, or an opening like an unclosed ---) is never edited from the
        // form.
        if (origin != Origin.HEADER) syncRaw();
        formScroll.setDisable(showError());
        if (origin == Origin.FORM || origin == Origin.BODY) showFollowed();
        showLinks();
        if (origin == Origin.BODY || origin == Origin.SAVE) return;
        doc.article().frontMatter().ifPresent(fm -> {
            List<String> layout = layout(fm, doc.schema());
            if (!layout.equals(shownLayout) || origin == Origin.LOAD) rebuild(fm, doc.schema(), layout);
            else if (origin != Origin.FORM) fill(fm);
        });
    }

    private void syncRaw() {
        if (raw != null) raw.show(doc.article().headerText(), doc.article().headerStartLine());
    }

    /**
     * The rows the form shows: the schema's fields, then the file's other keys; with the schema's name and which
     * free-text keys hold a list, so that a value turned into a list in the raw YAML gets chips at once.
     */
    private static List<String> layout(FrontMatter fm, Schema schema) {
        List<String> keys = new ArrayList<>(schema.keys());
        for (String k : fm.keys()) if (!keys.contains(k)) keys.add(k);
        keys.add("#" + schema.name());
        for (String k : fm.keys())
            if (fm.value(k).orElse(null) instanceof YamlValue.Sequence
                    && schema.field(k).map(f -> f.type() == FieldType.TEXT).orElse(true)) keys.add("#list " + k);
        return keys;
    }

    private void rebuild(FrontMatter fm, Schema schema, List<String> layout) {
        Runnable refocus = RowFocus.remember(this, rowsByKey);
        boolean typing = RowFocus.inRows(this, rowsByKey);
        rows.getChildren().clear();
        rowsByKey.clear();
        List<String> keys = layout.stream().filter(k -> !k.startsWith("#")).toList();
        // The first rows before the first frame, the rest after it: a new tab is typable sooner. While the
        // writer types in a row, all of them at once, so that the keyboard stays in that one.
        int now = typing ? keys.size() : Math.min(keys.size(), FIRST_ROWS);
        List<FieldRow> first = addRows(keys.subList(0, now), schema);
        shownLayout = layout;
        Runnable rest = now == keys.size()
                ? null
                : () -> {
                    pending = null;
                    List<FieldRow> more = addRows(keys.subList(now, keys.size()), schema);
                    doc.article().frontMatter().ifPresent(this::fill);
                    showLinks();
                    showFindings(findings);
                    rows.getChildren().addAll(more);
                };
        pending = rest;
        fill(fm);
        showLinks();
        showFindings(findings);
        rows.getChildren().addAll(first); // filled before they are shown
        if (rest != null) {
            Platform.runLater(() -> {
                if (pending != rest) return; // built meanwhile, or replaced by another rebuild
                if (getScene() == null) rest.run();
                else
                    Frames.afterNextFrame(getScene(), () -> {
                        if (pending == rest) rest.run();
                    });
            });
        }
        refocus.run();
    }

    /** Makes the rows of these keys (the caller puts them in the form once they are filled). */
    private List<FieldRow> addRows(List<String> keys, Schema schema) {
        List<FieldRow> made = new ArrayList<>();
        for (String key : keys) {
            FieldRow row = fieldRows.make(key, schema);
            rowsByKey.put(key, row);
            made.add(row);
        }
        return made;
    }

    /** False while rows are still to come after the first frame. */
    public boolean allRowsBuilt() {
        return pending == null;
    }

    private void fill(FrontMatter fm) {
        for (FieldRow row : rowsByKey.values()) {
            Optional<YamlValue> v = fm.value(row.key);
            boolean editable = v.isEmpty()
                    || v.get() instanceof YamlValue.Scalar
                    || (v.get() instanceof YamlValue.Sequence s
                            && s.items().stream().allMatch(i -> i instanceof YamlValue.Scalar));
            row.input.focusTarget().setDisable(!editable);
            if (!editable && row.input.focusTarget() instanceof TextField tf) {
                tf.setPromptText("A nested value: edit it in the raw YAML");
            }
            row.show(v.map(YamlValue::asText).orElse(""), v.isPresent());
        }
    }

    /** Shows the new values of the linked fields the last change updated. */
    private void showFollowed() {
        doc.article().frontMatter().ifPresent(fm -> {
            for (String key : doc.lastFollowed()) {
                FieldRow row = rowsByKey.get(key);
                if (row != null) row.show(fm.value(key).map(YamlValue::asText).orElse(""), fm.has(key));
            }
        });
    }

    private void showLinks() {
        for (FieldRow row : rowsByKey.values()) row.showLinked(doc.links().isLinked(row.key));
    }

    /** Whether a derived field's link button shows it following its source. */
    public boolean isLinkShown(String key) {
        FieldRow row = rowsByKey.get(key);
        return row != null && row.isLinkShown();
    }
}
