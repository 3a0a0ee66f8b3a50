package org.masthead.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.masthead.ui.editor.MarkdownEditor;

/** What the menu bar asks of a window, put together from the parts that do it. */
final class MenuActions implements WindowActions {
    private final DocumentCommands commands;
    private final MarkdownEditor editor;
    private final OutputTabs outputs;
    private final AppPrefs prefs;
    private final Runnable requestClose;
    private final Consumer<Boolean> formShown;
    private final Consumer<Boolean> syncScroll;
    private final IntConsumer headerLine;

    MenuActions(
            DocumentCommands commands,
            MarkdownEditor editor,
            OutputTabs outputs,
            AppPrefs prefs,
            Runnable requestClose,
            Consumer<Boolean> formShown,
            Consumer<Boolean> syncScroll,
            IntConsumer headerLine) {
        this.commands = commands;
        this.editor = editor;
        this.outputs = outputs;
        this.prefs = prefs;
        this.requestClose = requestClose;
        this.formShown = formShown;
        this.syncScroll = syncScroll;
        this.headerLine = headerLine;
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
        return prefs.getFlag("form.shown", true);
    }

    @Override
    public void setFormShown(boolean shown) {
        formShown.accept(shown);
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
}
