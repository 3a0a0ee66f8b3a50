package org.masthead.ui.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import org.masthead.site.SiteEntry;
import org.masthead.site.SiteFilter;

/**
 * The site panel's tag filter: "All tags", then every tag of the site with how many articles have
 * it. Shown only when some article has tags; the list is counted when it opens, not at every change.
 */
final class TagChoice extends ComboBox<String> {
    static final String ALL = "";

    TagChoice(ObservableList<SiteEntry> entries, Runnable changed) {
        setId("site-tag");
        setTooltip(new Tooltip("Only articles with this tag"));
        setFocusTraversable(false);
        setMinWidth(Region.USE_PREF_SIZE);
        setMaxWidth(160);
        getItems().setAll(ALL);
        setValue(ALL);
        setButtonCell(cell(false));
        setCellFactory(l -> cell(true));
        setOnShowing(e -> recount(entries));
        valueProperty().addListener((o, a, b) -> changed.run());
        showIfTagged(entries);
        entries.addListener((ListChangeListener<SiteEntry>) c -> showIfTagged(entries));
    }

    /** The tag chosen, or empty for all. */
    String tag() {
        return getValue() == null ? ALL : getValue();
    }

    private Map<String, Integer> counts = Map.of();

    private void recount(List<SiteEntry> entries) {
        String chosen = tag();
        counts = SiteFilter.tags(entries);
        List<String> items = new ArrayList<>();
        items.add(ALL);
        items.addAll(counts.keySet());
        // A tag no article has any more stays while chosen, so the choice does not jump.
        if (!chosen.isEmpty() && !counts.containsKey(chosen)) items.add(chosen);
        getItems().setAll(items);
        setValue(chosen);
    }

    private void showIfTagged(List<SiteEntry> entries) {
        boolean tagged =
                !tag().isEmpty() || entries.stream().anyMatch(e -> !e.tags().isEmpty());
        setVisible(tagged);
        setManaged(tagged);
    }

    private ListCell<String> cell(boolean withCount) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String tag, boolean empty) {
                super.updateItem(tag, empty);
                if (empty || tag == null) setText(null);
                else if (tag.isEmpty()) setText("All tags");
                else setText(withCount ? tag + "  (" + counts.getOrDefault(tag, 0) + ")" : tag);
            }
        };
    }
}
