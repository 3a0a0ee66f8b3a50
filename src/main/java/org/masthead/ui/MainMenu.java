package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;

import org.masthead.ui.help.Shortcut;

/** The menu bar and its shortcuts; it acts through {@link WindowActions}, not on the window itself. */
final class MainMenu {
    private final WindowActions window;
    private final MenuBar bar = new MenuBar();
    private final Menu recent = new Menu("Open Recent");

    MainMenu(WindowActions window) {
        this.window = window;
        bar.setUseSystemMenuBar(true);
        Menu file = new Menu("_File");
        file.getItems()
                .addAll(
                        item("New", "Shortcut+N", window::newArticle),
                        item("Open…", "Shortcut+O", window::openChosen),
                        recent,
                        new SeparatorMenuItem(),
                        item("Save", "Shortcut+S", window::save),
                        item("Save As…", "Shortcut+Shift+S", window::saveAs),
                        item("Export HTML…", "Shortcut+E", window::export),
                        autosave(window),
                        item("Convert to UTF-8", null, window::convertToUtf8),
                        new SeparatorMenuItem(),
                        item("Close", "Shortcut+W", window::requestClose),
                        item("Quit", "Shortcut+Q", window::requestClose));
        // The recent files change on saving too (Save As, a new article's first save): read them each time.
        file.setOnShowing(e -> refreshRecent());
        Menu edit = new Menu("_Edit");
        edit.getItems()
                .addAll(
                        item("Undo", null, () -> focusedOrEditor(true)),
                        item("Redo", null, () -> focusedOrEditor(false)),
                        new SeparatorMenuItem(),
                        item("Cut", "Shortcut+X", window::cut),
                        item("Copy", "Shortcut+C", window::copy),
                        item("Paste", "Shortcut+V", window::paste),
                        item("Paste as Plain Text", "Shortcut+Shift+V", window::pastePlain),
                        item("Select All", "Shortcut+A", window::selectAll),
                        new SeparatorMenuItem(),
                        item("Find…", "Shortcut+F", () -> window.editor().showFind(false)),
                        item("Replace…", "Shortcut+H", () -> window.editor().showFind(true)),
                        item("Go to Line…", "Shortcut+L", () -> window.editor().askGoToLine()));
        CheckMenuItem showForm = new CheckMenuItem("Front Matter Pane");
        showForm.setSelected(true);
        showForm.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        showForm.setOnAction(e -> window.setFormShown(showForm.isSelected()));
        CheckMenuItem sync = new CheckMenuItem("Sync Preview Scrolling");
        sync.setSelected(true);
        sync.setOnAction(e -> window.setSyncScroll(sync.isSelected()));
        Menu view = new Menu("_View");
        view.getItems()
                .addAll(
                        showForm,
                        sync,
                        new SeparatorMenuItem(),
                        item("Article Preview", "Shortcut+1", window::showArticle),
                        item("Social Cards", "Shortcut+2", window::showCards),
                        item("Checks", "Shortcut+3", window::showChecks));
        Menu help = new Menu("_Help");
        help.getItems()
                .addAll(
                        item("Keyboard Shortcuts", null, () -> window.showShortcuts(shortcuts())),
                        item("Guide", null, window::showGuide),
                        new SeparatorMenuItem(),
                        item("About Masthead", null, window::showAbout));
        bar.getMenus().addAll(file, edit, view, help);
        refreshRecent();
    }

    MenuBar bar() {
        return bar;
    }

    private static CheckMenuItem autosave(WindowActions window) {
        CheckMenuItem i = new CheckMenuItem("Save Automatically");
        i.setSelected(window.autosave());
        i.setOnAction(e -> window.setAutosave(i.isSelected()));
        return i;
    }

    /** Every shortcut as the menus and the editor have them now. */
    List<Shortcut> shortcuts() {
        return Shortcut.from(bar.getMenus(), window.editor().keys().all());
    }

    void refreshRecent() {
        recent.getItems().clear();
        for (Path p : window.recentFiles()) {
            MenuItem i = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            i.setMnemonicParsing(false);
            i.setOnAction(e -> window.open(p));
            recent.getItems().add(i);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** Undo and redo act on the field being typed in, or on the editor. */
    private void focusedOrEditor(boolean undo) {
        var focus = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        if (focus instanceof TextInputControl t) {
            if (undo) t.undo();
            else t.redo();
        } else if (undo) {
            window.editor().undo();
        } else {
            window.editor().redo();
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
