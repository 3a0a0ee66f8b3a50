package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;

import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.help.Shortcut;

/** What the menu bar can ask of a window; the menu knows nothing else of it. */
interface WindowActions {
    void newArticle();

    void openChosen();

    boolean open(Path file);

    List<Path> recentFiles();

    boolean save();

    boolean saveAs();

    void export();

    boolean autosave();

    void setAutosave(boolean on);

    void convertToUtf8();

    void requestClose();

    /** Closes the shown article's tab, not the window. */
    void closeArticle();

    /** Site ▸ Rename Article…: a new name for the shown article, its URL and images following. */
    void renameArticle();

    /** Shows the next tab (1) or the one before (-1), going round. */
    void cycleTabs(int step);

    /** The article's undo history, whichever control has the focus. */
    void undo();

    void redo();

    MarkdownEditor editor();

    void cut();

    void copy();

    void paste();

    void pastePlain();

    void selectAll();

    void setFormShown(boolean shown);

    /** File ▸ Open Site…: asks for a site folder and lists its articles in the site panel. */
    void openSite();

    boolean siteShown();

    /** Site ▸ Search Site…: every match of a word across the open site. */
    void searchSite();

    /** Site ▸ Check Site: every finding across the open site. */
    void checkSite();

    /** Site ▸ Export Site…: the site's pages into a folder. */
    void exportSite();

    void setSiteShown(boolean shown);

    /** Whether the front-matter pane is shown (as the writer left it). */
    boolean formShown();

    /** Shows a file line of the header in the raw YAML. */
    void revealHeaderLine(int line);

    void setSyncScroll(boolean on);

    void showArticle();

    void showCards();

    void showChecks();

    void showShortcuts(List<Shortcut> shortcuts);

    void showGuide();

    void showAbout();
}
