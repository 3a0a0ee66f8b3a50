package org.masthead.ui.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.masthead.document.ArticleDocument;
import org.masthead.site.NearDuplicate;
import org.masthead.site.SiteValues;
import org.masthead.source.SourceException;
import org.masthead.yaml.YamlValue;

/**
 * A list field (tags, categories…) as chips: each value a label with a ✕, then a box to type the
 * next one. Enter or a comma adds what was typed; Backspace in the empty box takes the last chip
 * back into the box. Each add or remove is one edit of the document's list (one undo step), so the
 * header keeps its comments, layout and quoting. Offers the site's values as the writer types, and
 * says when a value looks like another spelling of one the site usually writes.
 */
final class ChipsInput implements FieldInput {
    private static final PseudoClass NEAR_DUPLICATE = PseudoClass.getPseudoClass("near-duplicate");
    private static final int SUGGESTIONS = 12;

    private final String key;
    private final ArticleDocument doc;
    private final FormHost host;
    private final TextField box = new TextField();
    private final FlowPane chips = new FlowPane(4, 4);
    private final VBox tips = new VBox(2);
    private final VBox node = new VBox(4, chips, tips);
    private final ValueSuggestionPopup suggestions;
    /** Kept here: the site's values are followed weakly, so a closed form is not held by them. */
    private final InvalidationListener valuesChanged = o -> showTips();

    private List<String> items = List.of();
    private Runnable itemsChanged = () -> {};

    ChipsInput(String key, ArticleDocument doc, FormHost host) {
        this.key = key;
        this.doc = doc;
        this.host = host;
        node.getStyleClass().add("chips-field");
        chips.getStyleClass().add("chips");
        chips.setId("chips-" + key);
        tips.setId("tips-" + key);
        box.setId("field-" + key);
        box.getStyleClass().add("chip-box");
        box.setPrefColumnCount(10);
        box.setAccessibleHelp(
                "Type a value, then Enter or a comma; Backspace in the empty box takes the last one back");
        suggestions = new ValueSuggestionPopup(box, this::take);
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        box.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (",".equals(e.getCharacter())) {
                e.consume();
                add(box.getText());
            }
        });
        box.textProperty().addListener((o, a, b) -> suggest());
        box.focusedProperty().addListener((o, was, now) -> {
            if (now) suggest();
            else suggestions.hide();
        });
        // A click on the empty part of the field puts the caret in the box.
        chips.setOnMouseClicked(e -> {
            if (e.getTarget() == chips) box.requestFocus();
        });
        host.siteValues().addListener(new WeakInvalidationListener(valuesChanged));
        render();
    }

    /** Whether the file holds a list under {@code key} (shown as chips whatever the schema says). */
    static boolean holdsList(ArticleDocument doc, String key) {
        return doc.article().frontMatter().flatMap(fm -> fm.value(key)).orElse(null) instanceof YamlValue.Sequence;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public Node focusTarget() {
        return box;
    }

    /** Shows the document's items; the text stands for them joined, so it is read from the document. */
    @Override
    public void show(String value) {
        List<String> now = current();
        if (!now.equals(items)) {
            items = now;
            render();
        }
    }

    @Override
    public int items() {
        return items.size();
    }

    @Override
    public void onItems(Runnable changed) {
        itemsChanged = changed;
    }

    /** Edits go straight to the document's list (a value may hold a comma, which the joined text cannot say). */
    @Override
    public void onEdit(Consumer<String> listener) {}

    private List<String> current() {
        Optional<YamlValue> v = doc.article().frontMatter().flatMap(fm -> fm.value(key));
        if (v.isEmpty()) return List.of();
        if (v.get() instanceof YamlValue.Sequence s) return s.texts();
        String one = v.get().asText().strip();
        return one.isEmpty() ? List.of() : List.of(one);
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
        if (!plain) return;
        if (code == KeyCode.ENTER) {
            String chosen = suggestions.isShowing() ? suggestions.selected() : null;
            if (chosen != null) take(chosen);
            else add(box.getText());
            e.consume();
        } else if (code == KeyCode.BACK_SPACE && box.getText().isEmpty() && !items.isEmpty()) {
            String last = items.get(items.size() - 1);
            if (write(items.subList(0, items.size() - 1), "Remove \u201c" + last + "\u201d from " + key)) {
                box.setText(last);
                box.end();
            }
            e.consume();
        } else if (code == KeyCode.ESCAPE && suggestions.isShowing()) {
            suggestions.hide();
            e.consume();
        } else if ((code == KeyCode.DOWN || code == KeyCode.UP) && !e.isShiftDown()) {
            if (!suggestions.isShowing()) suggest();
            suggestions.move(code == KeyCode.DOWN ? 1 : -1);
            e.consume();
        }
    }

    /** Adds what was typed as one value (it may hold a comma: only a typed comma ends a value). */
    private void add(String typed) {
        String value = typed.strip();
        if (value.isEmpty()) return;
        if (items.contains(value)) {
            box.clear();
            return;
        }
        List<String> next = new ArrayList<>(items);
        next.add(value);
        if (write(next, "Add \u201c" + value + "\u201d to " + key)) box.clear();
    }

    /** A suggestion was taken: it replaces what was typed. */
    private void take(String value) {
        box.clear();
        add(value);
        box.requestFocus();
    }

    private void remove(int index) {
        List<String> next = new ArrayList<>(items);
        String gone = next.remove(index);
        write(next, "Remove \u201c" + gone + "\u201d from " + key);
    }

    private void replace(int index, String value) {
        List<String> next = new ArrayList<>(items);
        if (next.contains(value)) next.remove(index);
        else next.set(index, value);
        write(next, "Use \u201c" + value + "\u201d in " + key);
    }

    /**
     * One step of the article's history, named for Edit ▸ Undo (two adds in a row are two steps, not
     * one as typing would be); false, and the reason shown, when the header cannot take it.
     */
    private boolean write(List<String> next, String step) {
        if (next.equals(items)) return true;
        try {
            doc.history().nameNextChange(step);
            doc.setList(key, next);
        } catch (SourceException e) {
            doc.history().nameNextChange(null);
            showProblem(e.reason());
            return false;
        }
        items = current();
        render();
        suggest();
        return true;
    }

    private void render() {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) nodes.add(chip(items.get(i), i));
        nodes.add(box);
        chips.getChildren().setAll(nodes);
        showTips();
        itemsChanged.run();
    }

    private Node chip(String value, int index) {
        Label text = new Label(value);
        text.getStyleClass().add("chip-text");
        text.setMinWidth(0);
        Button x = new Button("✕");
        x.getStyleClass().add("chip-remove");
        x.setFocusTraversable(false);
        x.setAccessibleText("Remove " + value);
        x.setOnAction(e -> remove(index));
        HBox chip = new HBox(2, text, x);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("chip");
        chip.setAccessibleRole(AccessibleRole.TEXT);
        chip.setAccessibleText(value + ": ✕ removes it (or Backspace in the empty box, for the last one)");
        chip.setUserData(value);
        return chip;
    }

    private void showTips() {
        SiteValues values = siteValues();
        List<Node> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Optional<NearDuplicate> near = values.nearDuplicate(key, items.get(i));
            chips.getChildren().get(i).pseudoClassStateChanged(NEAR_DUPLICATE, near.isPresent());
            if (near.isPresent()) lines.add(tip(near.get(), i));
        }
        tips.getChildren().setAll(lines);
    }

    private Node tip(NearDuplicate near, int index) {
        Label says = new Label(near.message());
        says.setWrapText(true);
        says.setMinWidth(0);
        Hyperlink use = new Hyperlink("Use \"" + near.usual() + "\"");
        use.getStyleClass().add("chip-use");
        use.setOnAction(e -> replace(index, near.usual()));
        use.setMinWidth(Region.USE_PREF_SIZE);
        // The tip wraps in a narrow form; the link goes under it, whole, rather than cut short beside it.
        VBox line = new VBox(0, says, use);
        line.getStyleClass().add("chip-tip");
        return line;
    }

    private void showProblem(String reason) {
        Label says = new Label(reason);
        says.setWrapText(true);
        says.getStyleClass().add("chip-problem");
        tips.getChildren().setAll(says);
    }

    private void suggest() {
        if (!box.isFocused() || box.isDisabled()) {
            suggestions.hide();
            return;
        }
        suggestions.show(siteValues().suggest(key, box.getText(), items, SUGGESTIONS));
    }

    private SiteValues siteValues() {
        SiteValues v = host.siteValues().getValue();
        return v == null ? SiteValues.EMPTY : v;
    }
}
