package org.masthead.ui;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.form.ShapedInputs;

/**
 * Makes the menus' shortcuts win over the focused control's own keys. A text field binds Ctrl+H,
 * Ctrl+Z and others itself and would consume them before the menu saw them; here the window looks
 * first, so Replace, Undo and the rest work from every control. Only clipboard keys stay with the
 * control, and Undo/Redo stay with the find and replace boxes, which keep their own small history.
 */
final class ShortcutRouter {
    private static final List<KeyCombination> CONTROL_KEYS = List.of(
            shortcut(KeyCode.C),
            shortcut(KeyCode.X),
            shortcut(KeyCode.V),
            shortcut(KeyCode.A),
            shortcut(KeyCode.INSERT));
    private static final KeyCombination UNDO = shortcut(KeyCode.Z);
    private static final KeyCombination REDO = shortcut(KeyCode.Y);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Second keys for a menu item, which holds only one: the key pressed, and the item's own key. */
    private static final Map<KeyCombination, KeyCombination> SAME_AS = Map.of(
            REDO_SHIFT,
            REDO,
            shortcut(KeyCode.PAGE_DOWN),
            shortcut(KeyCode.TAB),
            shortcut(KeyCode.PAGE_UP),
            new KeyCodeCombination(KeyCode.TAB, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            // Zoom In is Ctrl+= on the menu; Ctrl with + (shifted, or the keypad's) zooms too.
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            shortcut(KeyCode.EQUALS),
            shortcut(KeyCode.ADD),
            shortcut(KeyCode.EQUALS),
            shortcut(KeyCode.PLUS),
            shortcut(KeyCode.EQUALS),
            shortcut(KeyCode.SUBTRACT),
            shortcut(KeyCode.MINUS),
            shortcut(KeyCode.NUMPAD0),
            shortcut(KeyCode.DIGIT0));

    private final Supplier<List<MenuItem>> items;
    private final PaneCycle panes;

    private ShortcutRouter(Supplier<List<MenuItem>> items, PaneCycle panes) {
        this.items = items;
        this.panes = panes;
    }

    static void install(Scene scene, Supplier<List<MenuItem>> items, PaneCycle panes) {
        ShortcutRouter r = new ShortcutRouter(items, panes);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> r.route(e, scene.getFocusOwner()));
    }

    private void route(KeyEvent e, Node focus) {
        if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
            panes.move(focus, !e.isShiftDown());
            e.consume();
            return;
        }
        if (!e.isShortcutDown() && !e.isAltDown() && !e.getCode().isFunctionKey()) return;
        if (focus != null && focus.getProperties().containsKey(ShapedInputs.MOVING_ON)) return;
        if (CONTROL_KEYS.stream().anyMatch(k -> k.match(e))) return;
        boolean history = UNDO.match(e) || REDO.match(e) || REDO_SHIFT.match(e);
        if (history
                && focus != null
                && focus.getProperties().get(MarkdownEditor.LOCAL_UNDO) instanceof BooleanSupplier b
                && b.getAsBoolean()) return;
        KeyCombination asked = SAME_AS.entrySet().stream()
                .filter(k -> k.getKey().match(e))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        for (MenuItem item : items.get()) {
            KeyCombination k = item.getAccelerator();
            if (k == null || !(asked != null ? k.equals(asked) : k.match(e))) continue;
            // A disabled item still takes its key: Ctrl+Z with nothing to undo must not reach a text field.
            if (!item.isDisable()) {
                if (item instanceof CheckMenuItem c) c.setSelected(!c.isSelected());
                item.fire();
            }
            e.consume();
            return;
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
