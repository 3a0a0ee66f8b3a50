package org.masthead.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * The Markdown body editor: soft wrap, line numbers, undo and redo, find and replace, go to line,
 * and highlighting of the lines on screen (so a 1 MB article types as smoothly as a short one).
 */
public final class MarkdownEditor extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final FindReplaceBar findBar = new FindReplaceBar(area);
    private boolean loading;
    private final Consumer<String> onEdit;
    /** File line of the body's first line: the gutter and "go to line" count in file lines. */
    private int firstLine = 1;

    private String currentText = "";

    /** {@code onEdit} is called with the whole body after each edit by the writer (not after {@link #load}). */
    public MarkdownEditor(Consumer<String> onEdit) {
        this.onEdit = onEdit;
        getStyleClass().add("markdown-editor");
        area.setId("markdown-area");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(this::lineNumber);
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
        // Alt+letter belongs to the menus' mnemonics, never to the text (AltGr, reported with Ctrl on
        // some systems, still types its characters).
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isAltDown() && !e.isControlDown()) e.consume();
        });
        area.textProperty().addListener((obs, old, text) -> {
            // The whole text is built once per change; highlighting reuses it.
            currentText = text;
            if (!loading) onEdit.accept(text);
        });
        // Restyle what is on screen shortly after typing or scrolling stops.
        area.plainTextChanges().successionEnds(Duration.ofMillis(40)).subscribe(c -> highlightVisible());
        area.estimatedScrollYProperty().addListener((o, a, b) -> Platform.runLater(this::highlightVisible));
        Nodes.addInputMap(
                area,
                InputMap.sequence(
                        InputMap.consume(
                                EventPattern.keyPressed(
                                        new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN)),
                                e -> findBar.show(true)),
                        InputMap.consume(
                                EventPattern.keyPressed(
                                        new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN)),
                                e -> area.redo()),
                        InputMap.consume(EventPattern.keyPressed(KeyCode.F3), e -> findBar.findNext(true)),
                        InputMap.consume(
                                EventPattern.keyPressed(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN)),
                                e -> findBar.findNext(false)),
                        // Escape in the text closes the find bar, the way it does in the bar itself.
                        InputMap.consumeWhen(
                                EventPattern.keyPressed(KeyCode.ESCAPE), findBar::isVisible, e -> findBar.hide())));
    }

    public CodeArea area() {
        return area;
    }

    /** Sets the file line on which the body starts (it moves when the front matter grows). */
    public void setFirstLine(int line) {
        if (line == firstLine) return;
        firstLine = line;
        area.setParagraphGraphicFactory(this::lineNumber);
    }

    public int firstLine() {
        return firstLine;
    }

    private Node lineNumber(int paragraph) {
        Label l = new Label(Integer.toString(firstLine + paragraph));
        l.getStyleClass().add("lineno");
        l.setMinWidth(44);
        l.setAlignment(Pos.TOP_RIGHT);
        l.setPadding(new Insets(0, 8, 0, 4));
        return l;
    }

    /** Puts the keyboard focus in the body, where a writer expects to type after opening an article. */
    public void focusBody() {
        Platform.runLater(area::requestFocus);
    }

    /** Shows a new body; the undo history starts here. */
    public void load(String body) {
        loading = true;
        try {
            area.replaceText(body);
            area.getUndoManager().forgetHistory();
            area.moveTo(0);
            area.scrollYToPixel(0);
        } finally {
            loading = false;
        }
        Platform.runLater(this::highlightVisible);
    }

    public void showFind(boolean withReplace) {
        findBar.show(withReplace);
    }

    public void undo() {
        area.undo();
    }

    public void redo() {
        area.redo();
    }

    /** Moves the caret to the start of a file line (lines of the front matter go to the body's first). */
    public void goToLine(int line) {
        int paragraph =
                Math.max(0, Math.min(line - firstLine, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    public void askGoToLine() {
        TextInputDialog d = new TextInputDialog(Integer.toString(firstLine + area.getCurrentParagraph()));
        d.setTitle("Go to line");
        d.setHeaderText(null);
        d.setContentText(
                "Line (" + firstLine + "–" + (firstLine + area.getParagraphs().size() - 1) + "):");
        if (getScene() != null) d.initOwner(getScene().getWindow());
        Optional<String> answer = d.showAndWait();
        answer.ifPresent(s -> {
            try {
                goToLine(Integer.parseInt(s.strip()));
            } catch (NumberFormatException e) {
                // Not a number: nothing to go to.
                System.getLogger(MarkdownEditor.class.getName())
                        .log(System.Logger.Level.DEBUG, "Go to line: not a number: " + s);
            }
        });
    }

    /** Highlights the paragraphs on screen and a margin around them. */
    void highlightVisible() {
        int count = area.getParagraphs().size();
        if (count == 0) return;
        int first, last;
        try {
            first = Math.max(0, area.firstVisibleParToAllParIndex() - 30);
            last = Math.min(count - 1, area.lastVisibleParToAllParIndex() + 30);
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            first = 0;
            last = Math.min(count - 1, 80);
        }
        List<String> lines = new ArrayList<>(last - first + 1);
        for (int p = first; p <= last; p++) lines.add(area.getParagraph(p).getText());
        int start = area.getAbsolutePosition(first, 0);
        boolean fence = MarkdownHighlighter.insideFence(currentText, start);
        area.setStyleSpans(start, MarkdownHighlighter.highlight(lines, fence));
    }

    /** Runs {@code reload} (which replaces the text) and puts the caret back on the line it was on, or the last. */
    public void keepingCaretLine(Runnable reload) {
        int paragraph = area().getCurrentParagraph();
        reload.run();
        int max = area().getParagraphs().size() - 1;
        area().moveTo(Math.min(paragraph, Math.max(0, max)), 0);
    }
}
