package org.masthead.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import org.masthead.ui.editor.EditorKeys;

/**
 * One line of Help ▸ Keyboard Shortcuts. The list is read from the menus' accelerators and the
 * editor's own keys each time it is shown, so it cannot drift from what the keys do.
 *
 * @param section the menu it is in ("File"), or "Editor"
 * @param keys    as the menus show them ("Ctrl+Shift+S")
 * @param action  what it does
 */
public record Shortcut(String section, String keys, String action) {

    /**
     * The menus' shortcuts, then the editor's keys the menus do not already list, then keys the
     * window handles itself ({@code windowKeys}: panes, fields, the find bar).
     */
    public static List<Shortcut> from(List<Menu> menus, List<EditorKeys.Key> editorKeys, List<Shortcut> windowKeys) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : menus) add(out, plain(m.getText()), m.getItems());
        for (EditorKeys.Key k : editorKeys) {
            if (out.stream().noneMatch(s -> s.keys().equals(k.keysText())))
                out.add(new Shortcut("Editor", k.keysText(), k.action()));
        }
        out.addAll(windowKeys);
        return out;
    }

    private static void add(List<Shortcut> out, String section, List<MenuItem> items) {
        for (MenuItem i : items) {
            if (i instanceof Menu sub) add(out, section, sub.getItems());
            else if (i.getAccelerator() != null)
                out.add(new Shortcut(section, i.getAccelerator().getDisplayText(), plain(i.getText())));
        }
    }

    /** A menu's words without its mnemonic mark or trailing dots. */
    private static String plain(String text) {
        return text.replace("_", "").replace("…", "");
    }
}
