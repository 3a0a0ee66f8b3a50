package org.masthead.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.masthead.document.ArticleDocument;
import org.masthead.document.EditHistory;
import org.masthead.ui.help.Shortcut;

/** The menu bar and its shortcuts; it acts through {@link WindowActions}, not on the window itself. */
final class MainMenu {
    /** Keys the window handles outside the menus (ShortcutRouter, the form's text areas, the find bar). */
    static final List<Shortcut> WINDOW_KEYS = List.of(
            new Shortcut("Window", "Ctrl+Shift+Z", "Redo (as Ctrl+Y)"),
            new Shortcut("Window", "F6", "Next pane: site, form, editor, output tabs, Checks list"),
            new Shortcut("Window", "Shift+F6", "Previous pane"),
            new Shortcut("Window", "Ctrl+Page Down", "Next tab (as Ctrl+Tab)"),
            new Shortcut("Window", "Ctrl+Page Up", "Previous tab (as Ctrl+Shift+Tab)"),
            new Shortcut("Window", "Middle click on a tab", "Close the tab"),
            new Shortcut("Form", "Tab", "Leave a multi-line field"),
            new Shortcut("Find bar", "Alt+C", "Match case"),
            new Shortcut("Find bar", "Alt+W", "Whole word"),
            new Shortcut("Find bar", "Alt+R", "Regular expression"));

    private final WindowActions window;
    private final MenuBar bar = new MenuBar();
    private final Menu file;
    private Menu view;
    private final Menu recent = new Menu("Open Recent");
    private final MenuItem undo;
    private final MenuItem redo;
    private final MenuItem toUtf8;

    MainMenu(WindowActions window) {
        this.window = window;
        bar.setUseSystemMenuBar(true);
        file = new Menu("_File");
        file.getItems()
                .addAll(
                        item("New", "Shortcut+N", window::newArticle),
                        item("Open…", "Shortcut+O", window::openChosen),
                        recent,
                        item("Open Site…", "Shortcut+Shift+O", window::openSite),
                        new SeparatorMenuItem(),
                        item("Save", "Shortcut+S", window::save),
                        item("Save As…", "Shortcut+Shift+S", window::saveAs),
                        item("Export HTML…", "Shortcut+E", window::export),
                        autosave(window),
                        toUtf8 = item("Convert to UTF-8", null, window::convertToUtf8),
                        new SeparatorMenuItem(),
                        item("Close Tab", "Shortcut+W", window::closeArticle),
                        item("Quit", "Shortcut+Q", window::requestClose));
        // The recent files change on saving too (Save As, a new article's first save): read them each time.
        file.setOnShowing(e -> refreshRecent());
        Menu edit = new Menu("_Edit");
        edit.getItems()
                .addAll(
                        undo = item("Undo", "Shortcut+Z", window::undo),
                        redo = item("Redo", "Shortcut+Y", window::redo),
                        new SeparatorMenuItem(),
                        item("Cut", "Shortcut+X", window::cut),
                        item("Copy", "Shortcut+C", window::copy),
                        item("Paste", "Shortcut+V", window::paste),
                        item("Paste as Plain Text", "Shortcut+Shift+V", window::pastePlain),
                        item("Select All", "Shortcut+A", window::selectAll),
                        new SeparatorMenuItem(),
                        item("Find…", "Shortcut+F", () -> window.editor().showFind(false)),
                        item("Replace…", "Shortcut+H", () -> window.editor().showFind(true)),
                        item("Go to Line…", "Shortcut+L", () -> window.editor().askGoToLine(window::revealHeaderLine)));
        CheckMenuItem showForm = new CheckMenuItem("Front Matter Pane");
        showForm.setSelected(window.formShown());
        showForm.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+F"));
        // A pane may be shown by other means (Open Site, a finding in the header): the items toggle
        // what is, and show it again whenever the menu opens.
        showForm.setOnAction(e -> {
            window.setFormShown(!window.formShown());
            showForm.setSelected(window.formShown());
        });
        CheckMenuItem sync = new CheckMenuItem("Sync Preview Scrolling");
        sync.setSelected(true);
        sync.setOnAction(e -> window.setSyncScroll(sync.isSelected()));
        undo.setMnemonicParsing(false); // step names hold key names like og_title
        redo.setMnemonicParsing(false);
        CheckMenuItem showSite = new CheckMenuItem("Site Panel");
        showSite.setSelected(window.siteShown());
        showSite.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        showSite.setOnAction(e -> {
            window.setSiteShown(!window.siteShown());
            showSite.setSelected(window.siteShown());
        });
        view = new Menu("_View");
        view.setOnShowing(e -> {
            showForm.setSelected(window.formShown());
            showSite.setSelected(window.siteShown());
        });
        view.getItems()
                .addAll(
                        showSite,
                        showForm,
                        sync,
                        new SeparatorMenuItem(),
                        item("Article Preview", "Shortcut+1", window::showArticle),
                        item("Social Cards", "Shortcut+2", window::showCards),
                        item("Checks", "Shortcut+3", window::showChecks),
                        new SeparatorMenuItem(),
                        item("Next Tab", "Shortcut+Tab", () -> window.cycleTabs(1)),
                        item("Previous Tab", "Shortcut+Shift+Tab", () -> window.cycleTabs(-1)));
        Menu help = new Menu("_Help");
        help.getItems()
                .addAll(
                        item("Keyboard Shortcuts", null, () -> window.showShortcuts(shortcuts())),
                        item("Guide", null, window::showGuide),
                        new SeparatorMenuItem(),
                        item("About Masthead", null, window::showAbout));
        Menu site = new Menu("_Site");
        site.getItems()
                .addAll(
                        item("New Article", null, window::newArticle),
                        item("Rename Article…", null, window::renameArticle),
                        item("Search Site…", "Shortcut+Shift+G", window::searchSite),
                        item("Check Site", "Shortcut+Shift+K", window::checkSite),
                        item("Export Site…", null, window::exportSite));
        bar.getMenus().addAll(file, edit, view, site, help);

        refreshRecent();
    }

    /** The View menu's comfort items and File ▸ Preferences…, made once the window's scene exists. */
    void addComfort(List<MenuItem> viewItems, Runnable preferences) {
        view.getItems().addAll(viewItems);
        file.getItems().add(file.getItems().size() - 2, item("Preferences…", "Shortcut+Comma", preferences));
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
        return Shortcut.from(bar.getMenus(), window.editor().keys().all(), WINDOW_KEYS);
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

    /** Follows the shown article: what Undo and Redo would do, whether it can be converted to UTF-8. */
    void show(ArticleDocument doc) {
        EditHistory h = doc.history();
        undo.setText(h.undoName().map(n -> "Undo " + n).orElse("Undo"));
        undo.setDisable(h.undoName().isEmpty());
        redo.setText(h.redoName().map(n -> "Redo " + n).orElse("Redo"));
        redo.setDisable(h.redoName().isEmpty());
        toUtf8.setDisable(doc.article().isUtf8());
    }

    /** Every item with a shortcut, for {@link ShortcutRouter}. */
    List<MenuItem> items() {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) collect(m, out);
        return out;
    }

    private static void collect(Menu menu, List<MenuItem> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) collect(sub, out);
            else out.add(i);
        }
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (accelerator != null) i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }
}
