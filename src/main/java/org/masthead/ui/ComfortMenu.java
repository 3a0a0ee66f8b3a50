package org.masthead.ui;

import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import org.masthead.ui.editor.EditorComfort;
import org.masthead.ui.look.Theme;
import org.masthead.ui.preview.PreviewPane;

/**
 * The View menu's comfort items (theme, focus mode, typewriter scrolling, zoom) and File ▸
 * Preferences; each choice is remembered.
 */
final class ComfortMenu {
    static final String THEME = "view.theme";
    static final String FOCUS = "view.focusMode";
    static final String TYPEWRITER = "view.typewriter";
    static final String ZOOM = "view.zoom";
    static final String FONT = "editor.font";
    static final String SIZE = "editor.size";

    private final Theme theme;
    private final EditorComfort editor;
    private final PreviewPane preview;
    private final AppPrefs prefs;
    private final Runnable preferences;

    ComfortMenu(Theme theme, EditorComfort editor, PreviewPane preview, AppPrefs prefs, Runnable preferences) {
        this.theme = theme;
        this.editor = editor;
        this.preview = preview;
        this.prefs = prefs;
        this.preferences = preferences;
        preview.setDark(theme.darkProperty().get());
        theme.darkProperty().addListener((o, a, dark) -> preview.setDark(dark));
        editor.setFont(prefs.getText(FONT, ""), prefs.get(SIZE, 13.5));
        editor.setFocusMode(prefs.getFlag(FOCUS, false));
        editor.setTypewriter(prefs.getFlag(TYPEWRITER, false));
        zoomTo(prefs.get(ZOOM, 1));
    }

    void showPreferences() {
        preferences.run();
    }

    List<MenuItem> items() {
        Menu themes = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme.Choice c : Theme.Choice.values()) {
            String name = c.name().charAt(0) + c.name().substring(1).toLowerCase(java.util.Locale.ROOT);
            RadioMenuItem item = new RadioMenuItem(c == Theme.Choice.SYSTEM ? "As the System" : name);
            item.setId("theme-" + c.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(group);
            item.setSelected(theme.choice() == c);
            item.setOnAction(e -> theme.choose(c));
            themes.getItems().add(item);
        }
        CheckMenuItem focus = check("Focus Mode", "F8", editor.focusMode(), on -> {
            editor.setFocusMode(on);
            prefs.putFlag(FOCUS, on);
        });
        CheckMenuItem typewriter = check("Typewriter Scrolling", "Shortcut+Shift+T", editor.typewriter(), on -> {
            editor.setTypewriter(on);
            prefs.putFlag(TYPEWRITER, on);
        });
        return List.of(
                new SeparatorMenuItem(),
                themes,
                focus,
                typewriter,
                item("Zoom In", "Shortcut+Equals", () -> zoomTo(editor.zoom() + 0.1)),
                item("Zoom Out", "Shortcut+Minus", () -> zoomTo(editor.zoom() - 0.1)),
                item("Actual Size", "Shortcut+0", () -> zoomTo(1)));
    }

    /** The editor's text and the preview's page together. */
    void zoomTo(double z) {
        editor.setZoom(z);
        preview.setZoom(editor.zoom());
        prefs.put(ZOOM, editor.zoom());
    }

    private static CheckMenuItem check(String text, String keys, boolean on, java.util.function.Consumer<Boolean> set) {
        CheckMenuItem m = new CheckMenuItem(text);
        m.setSelected(on);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> set.accept(m.isSelected()));
        return m;
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setAccelerator(KeyCombination.keyCombination(keys));
        m.setOnAction(e -> action.run());
        return m;
    }
}
