package org.masthead.ui.editor;

import java.util.List;
import java.util.function.BooleanSupplier;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The keys the editor handles itself, in one list: the text area's input map is built from it and
 * Help ▸ Keyboard Shortcuts shows it, so the two cannot disagree.
 */
public final class EditorKeys {
    /** One key: what it does, and (for keys the editor adds) when and how. */
    public record Key(KeyCombination keys, String action, BooleanSupplier when, Runnable run) {
        /** The keys as the menus show them (Ctrl+Shift+V, F3, Esc). */
        public String keysText() {
            return keys.getDisplayText();
        }
    }

    private final List<Key> keys;

    EditorKeys(MarkdownEditor editor, FindReplaceBar findBar) {
        CodeArea area = editor.area();
        this.keys = List.of(
                add(shortcut(KeyCode.V), "Paste (rich text as Markdown)", editor::paste),
                add(
                        new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        "Paste as plain text",
                        editor::pastePlain),
                add(shortcut(KeyCode.R), "Replace", () -> findBar.show(true)),
                add(new KeyCodeCombination(KeyCode.F3), "Find the next match", () -> findBar.findNext(true)),
                add(
                        new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                        "Find the previous match",
                        () -> findBar.findNext(false)),
                // Escape in the text closes the find bar, the way it does in the bar itself.
                new Key(
                        new KeyCodeCombination(KeyCode.ESCAPE),
                        "Close the find bar",
                        findBar::isVisible,
                        findBar::hide));
    }

    /** The editor's keys, in the order Help shows them. */
    public List<Key> all() {
        return keys;
    }

    /** Adds the keys the editor handles to the area; the text area's own (Undo) stay its own. */
    void install(CodeArea area) {
        for (Key k : keys) {
            if (k.run() == null) continue;
            BooleanSupplier when = k.when() == null ? () -> true : k.when();
            Nodes.addInputMap(area, InputMap.consumeWhen(EventPattern.keyPressed(k.keys()), when, e -> k.run()
                    .run()));
        }
    }

    private static Key add(KeyCombination keys, String action, Runnable run) {
        return new Key(keys, action, null, run);
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
