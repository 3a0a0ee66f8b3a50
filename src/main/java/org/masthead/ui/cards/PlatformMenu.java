package org.masthead.ui.cards;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;

import org.masthead.platform.CardChoice;

/**
 * The Cards tab's choice of platforms: a check box each, the menu staying open while the writer
 * ticks several. The choice is told as the platforms left out, so a platform added later shows.
 */
final class PlatformMenu extends MenuButton {
    private final Map<CardChoice, CheckBox> boxes = new EnumMap<>(CardChoice.class);
    private final Consumer<Set<CardChoice>> changed;
    private boolean bulk;

    /** {@code hidden}: the platforms left out, as last remembered; {@code changed}: the new hidden set. */
    PlatformMenu(Set<CardChoice> hidden, Consumer<Set<CardChoice>> changed) {
        this.changed = changed;
        setId("cards-platforms");
        setTooltip(new Tooltip("Which platforms' cards to show; remembered"));
        MenuItem all = new MenuItem("Show All");
        all.setId("cards-platforms-all");
        all.setOnAction(e -> setHidden(EnumSet.noneOf(CardChoice.class)));
        getItems().addAll(all, new SeparatorMenuItem());
        for (CardChoice c : CardChoice.values()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("cards-platform-" + c.id());
            box.setSelected(!hidden.contains(c));
            box.selectedProperty().addListener((o, a, b) -> tell());
            boxes.put(c, box);
            CustomMenuItem item = new CustomMenuItem(box, false);
            getItems().add(item);
        }
        label();
    }

    /** The platforms the writer chose to see. */
    Set<CardChoice> shown() {
        EnumSet<CardChoice> s = EnumSet.noneOf(CardChoice.class);
        boxes.forEach((c, box) -> {
            if (box.isSelected()) s.add(c);
        });
        return s;
    }

    void setHidden(Set<CardChoice> hidden) {
        // One change told for the lot, not one per box.
        bulk = true;
        try {
            boxes.forEach((c, box) -> box.setSelected(!hidden.contains(c)));
        } finally {
            bulk = false;
        }
        tell();
    }

    private void tell() {
        if (bulk) return;
        label();
        EnumSet<CardChoice> hidden = EnumSet.allOf(CardChoice.class);
        hidden.removeAll(shown());
        changed.accept(hidden);
    }

    private void label() {
        int n = shown().size();
        setText(n == boxes.size() ? "Platforms: all" : "Platforms: " + n + " of " + boxes.size());
    }
}
