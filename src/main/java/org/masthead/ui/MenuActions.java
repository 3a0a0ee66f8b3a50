package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import javafx.scene.Node;

import org.masthead.ui.editor.MarkdownEditor;
import org.masthead.ui.help.HelpDialogs;
import org.masthead.ui.help.Shortcut;

/** What the menu bar asks of a window, put together from the parts that do it. */
final class MenuActions implements WindowActions {
    private final DocumentCommands commands;
    private final MarkdownEditor editor;
    private final OutputTabs outputs;
    private final AppPrefs prefs;
    private final Runnable requestClose;
    private final WindowBounds bounds;
    private final SiteActions site;
    private final Consumer<Boolean> syncScroll;
    private final IntConsumer headerLine;
    private final FocusedText focused;
    private final HelpDialogs help;

    MenuActions(
            DocumentCommands commands,
            MarkdownEditor editor,
            OutputTabs outputs,
            AppPrefs prefs,
            Runnable requestClose,
            WindowBounds bounds,
            SiteActions site,
            Consumer<Boolean> syncScroll,
            IntConsumer headerLine,
            Supplier<Node> focusOwner,
            HelpDialogs help) {
        this.commands = commands;
        this.editor = editor;
        this.outputs = outputs;
        this.prefs = prefs;
        this.requestClose = requestClose;
        this.bounds = bounds;
        this.site = site;
        this.syncScroll = syncScroll;
        this.headerLine = headerLine;
        this.focused = new FocusedText(focusOwner, editor);
        this.help = help;
    }

    @Override
    public void newArticle() {
        commands.newArticle();
    }

    @Override
    public void openChosen() {
        commands.openChosen();
    }

    @Override
    public boolean open(Path file) {
        return commands.open(file);
    }

    @Override
    public List<Path> recentFiles() {
        return prefs.recentFiles();
    }

    @Override
    public boolean save() {
        return commands.save();
    }

    @Override
    public boolean saveAs() {
        return commands.saveAs();
    }

    @Override
    public void export() {
        commands.export();
    }

    @Override
    public boolean autosave() {
        return commands.autosave();
    }

    @Override
    public void setAutosave(boolean on) {
        commands.setAutosave(on);
    }

    @Override
    public void convertToUtf8() {
        commands.convertToUtf8();
    }

    @Override
    public void requestClose() {
        requestClose.run();
    }

    @Override
    public void closeArticle() {
        commands.closeArticle();
    }

    @Override
    public void renameArticle() {
        commands.renameArticle();
    }

    @Override
    public void cycleTabs(int step) {
        commands.cycleTabs(step);
    }

    @Override
    public void undo() {
        commands.undo();
    }

    @Override
    public void redo() {
        commands.redo();
    }

    @Override
    public MarkdownEditor editor() {
        return editor;
    }

    @Override
    public boolean formShown() {
        return bounds.isShown(WindowParts.FORM);
    }

    @Override
    public void openSite() {
        site.choose(commands.shown());
    }

    @Override
    public void searchSite() {
        site.search(editor.area().getSelectedText());
    }

    @Override
    public void checkSite() {
        site.checkSite();
    }

    @Override
    public void exportSite() {
        site.chooseExport();
    }

    @Override
    public boolean siteShown() {
        return site.panelShown();
    }

    @Override
    public void setSiteShown(boolean shown) {
        site.showPanel(shown);
    }

    @Override
    public void cut() {
        focused.cut();
    }

    @Override
    public void copy() {
        focused.copy();
    }

    @Override
    public void paste() {
        focused.paste();
    }

    @Override
    public void pastePlain() {
        focused.pastePlain();
    }

    @Override
    public void selectAll() {
        focused.selectAll();
    }

    @Override
    public void setFormShown(boolean shown) {
        bounds.show(WindowParts.FORM, shown);
    }

    @Override
    public void revealHeaderLine(int line) {
        headerLine.accept(line);
    }

    @Override
    public void setSyncScroll(boolean on) {
        syncScroll.accept(on);
    }

    @Override
    public void showArticle() {
        outputs.showArticle();
    }

    @Override
    public void showCards() {
        outputs.showCards();
    }

    @Override
    public void showChecks() {
        outputs.showChecks();
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        help.showShortcuts(shortcuts);
    }

    @Override
    public void showGuide() {
        help.showGuide();
    }

    @Override
    public void showAbout() {
        help.showAbout();
    }
}
