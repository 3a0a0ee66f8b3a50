package org.masthead.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.masthead.document.TextEdit;
import org.masthead.ui.spell.SpellingActions;

/**
 * The Markdown body editor: soft wrap, line numbers, undo and redo, find and replace, go to line,
 * and highlighting of the lines on screen (so a 1 MB article types as smoothly as a short one).
 */
public final class MarkdownEditor extends BorderPane {
    /**
     * A control's property (a {@code BooleanSupplier}) saying that Ctrl+Z belongs to the control's own
     * undo: the find and replace boxes, while typing in them is newer than any change of the text.
     */
    public static final String LOCAL_UNDO = "masthead.localUndo";

    private final CodeArea area = new CodeArea();
    private final FindReplaceBar findBar;
    private final EditorKeys keys;
    private int lastChangeEnd;
    private boolean loading;
    private boolean boxTypedLast;
    private final Consumer<String> onEdit;
    private final Consumer<String> nameChange;
    private final ImageTaker images;
    private final EditorSpelling spelling;
    private final VisibleStyles styles;
    private final EditorComfort comfort;
    /** File line of the body's first line: the gutter and "go to line" count in file lines. */
    private int firstLine = 1;

    private String currentText = "";

    /**
     * @param onEdit     called with the whole body after each edit by the writer (not after {@link #load})
     * @param nameChange names the next edit as one step of the article's undo history ("Replace All")
     * @param images     takes the images dropped or pasted into the body
     * @param spelling   the shown article's speller and what its menu does
     */
    public MarkdownEditor(
            Consumer<String> onEdit, Consumer<String> nameChange, ImageTaker images, SpellingActions spelling) {
        this.onEdit = onEdit;
        this.images = images;
        this.findBar = new FindReplaceBar(area, () -> nameChange.accept("Replace All"));
        this.nameChange = nameChange;
        BooleanSupplier local = () -> boxTypedLast;
        for (var box : List.of(findBar.find, findBar.replace)) {
            box.getProperties().put(LOCAL_UNDO, local);
            box.textProperty().addListener((o, a, b) -> boxTypedLast = true);
        }
        // The article has one undo history (the document's); the area keeps none of its own.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        getStyleClass().add("markdown-editor");
        area.setId("markdown-area");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(this::lineNumber);
        setTop(findBar);
        this.spelling = new EditorSpelling(area, spelling, nameChange);
        this.styles = new VisibleStyles(
                area, () -> currentText, this.spelling::shown, this.spelling.underlines()::invalidate);
        setCenter(new StackPane(new VirtualizedScrollPane<>(area), this.spelling.underlines()));
        // Alt+letter belongs to the menus' mnemonics, never to the text (AltGr, reported with Ctrl on
        // some systems, still types its characters).
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isAltDown() && !e.isControlDown()) e.consume();
        });
        area.textProperty().addListener((obs, old, text) -> {
            // The whole text is built once per change; highlighting reuses it.
            currentText = text;
            boxTypedLast = false;
            if (loading) return;
            this.spelling.typed();
            onEdit.accept(text);
        });
        // Restyle what is on screen shortly after typing or scrolling stops.
        area.plainTextChanges().successionEnds(Duration.ofMillis(40)).subscribe(c -> styles.now());
        area.estimatedScrollYProperty().addListener((o, a, b) -> styles.soon());
        comfort = new EditorComfort(area);
        keys = new EditorKeys(this, findBar);
        keys.install(area);
        EditorImageDrop.install(area, images);
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
        return lineNumberLabel(firstLine + paragraph, 44);
    }

    /** A gutter's line number (the editor's, the raw YAML's): file lines, right-aligned. */
    public static Label lineNumberLabel(int line, double minWidth) {
        Label l = new Label(Integer.toString(line));
        l.getStyleClass().add("lineno");
        // One width for every line, or text after 9 would start further right than text before.
        l.setMinWidth(minWidth);
        l.setPrefWidth(minWidth);
        l.setAlignment(Pos.TOP_RIGHT);
        l.setPadding(new Insets(0, 8, 0, 4));
        return l;
    }

    /** Puts the keyboard focus in the body, where a writer expects to type after opening an article. */
    public void focusBody() {
        Platform.runLater(area::requestFocus);
    }

    /** Shows a new body. */
    public void load(String body) {
        loading = true;
        try {
            area.replaceText(body);
            area.moveTo(0);
            area.scrollYToPixel(0);
        } finally {
            loading = false;
        }
        Platform.runLater(styles::now);
    }

    /** The caret's offset in the body. */
    public int caret() {
        return area.getCaretPosition();
    }

    /** The body's paragraph at the top of the view (0 before the first layout). */
    public int topParagraph() {
        return area.getVisibleParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
    }

    /** Back where the writer was in this body: the caret, and the paragraph at the top. */
    public void restore(int caret, int topParagraph) {
        area.moveTo(Math.min(caret, area.getLength()));
        area.showParagraphAtTop(Math.min(topParagraph, area.getParagraphs().size() - 1));
    }

    public void showFind(boolean withReplace) {
        findBar.show(withReplace);
    }

    /** Shows a body the document changed (undo, redo): only what differs is replaced, the caret goes there. */
    public void showChangedBody(String body) {
        if (showFollowedBody(body)) {
            area.moveTo(lastChangeEnd);
            area.requestFollowCaret();
        }
    }

    /** Shows a body changed from elsewhere (a template's body following the title), the caret left as it is. */
    public boolean showFollowedBody(String body) {
        String now = area.getText();
        if (now.equals(body)) return false;
        TextEdit change = TextEdit.between(now, body);
        loading = true;
        try {
            area.replaceText(change.at(), change.at() + change.removed().length(), change.inserted());
        } finally {
            loading = false;
        }
        lastChangeEnd = change.at() + change.inserted().length();
        return true;
    }

    /** The keys the editor handles itself (Help lists them beside the menus' shortcuts). */
    public EditorKeys keys() {
        return keys;
    }

    public void cut() {
        area.cut();
    }

    public void copy() {
        area.copy();
    }

    /** Pastes rich text as Markdown (see {@link EditorClipboard}). */
    public void paste() {
        if (EditorImageDrop.paste(area, images)) return;
        nameChange.accept("Paste");
        EditorClipboard.paste(area);
    }

    public void pastePlain() {
        nameChange.accept("Paste");
        EditorClipboard.pastePlain(area);
    }

    public void selectAll() {
        area.selectAll();
    }

    /** Inserts text at a place in the body as one undo step of its own ("Insert Image"). */
    public void insertAt(int at, String text, String stepName) {
        nameChange.accept(stepName);
        int where = Math.max(0, Math.min(at, area.getLength()));
        area.insertText(where, text);
        area.moveTo(where + text.length());
        area.requestFollowCaret();
    }

    /** Moves the caret to the start of a file line (lines of the front matter go to the body's first). */
    public void goToLine(int line) {
        int paragraph =
                Math.max(0, Math.min(line - firstLine, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /**
     * Selects {@code length} characters from a file line and column (in code points, as the checks
     * count them): what a finding about a sentence or a paragraph is about.
     */
    public void select(int line, int column, int length) {
        goToLine(line);
        int paragraph = area.getCurrentParagraph();
        String text = area.getParagraph(paragraph).getText();
        int within =
                text.offsetByCodePoints(0, Math.min(Math.max(0, column - 1), text.codePointCount(0, text.length())));
        int start = area.getAbsolutePosition(paragraph, within);
        area.selectRange(start, Math.min(area.getLength(), start + length));
        area.requestFollowCaret();
    }

    /** Asks for a file line and goes there; a line of the header goes to {@code headerLine}. */
    public void askGoToLine(IntConsumer headerLine) {
        GoToLineDialog.ask(
                this,
                firstLine + area.getCurrentParagraph(),
                firstLine + area.getParagraphs().size() - 1,
                line -> {
                    if (line < firstLine) headerLine.accept(Math.max(1, line));
                    else goToLine(line);
                });
    }

    /** The misspelt word marked at an offset of the body, if one is (tests and benchmarks ask). */
    public Optional<String> misspeltAt(int offset) {
        return spelling.wordAt(offset).map(org.masthead.spell.Misspelt::word);
    }

    /** How many words are underlined on screen now. */
    public int underlinedWords() {
        return spelling.underlines().count();
    }

    /** Focus mode, typewriter scrolling, font and zoom. */
    public EditorComfort comfort() {
        return comfort;
    }

    /** The shown article's speller changed (loaded, a word added, another article): marks again. */
    public void spellingChanged() {
        spelling.refresh();
    }

    /** Runs {@code reload} (which replaces the text) and puts the caret back on the line it was on, or the last. */
    public void keepingCaretLine(Runnable reload) {
        int paragraph = area().getCurrentParagraph();
        reload.run();
        int max = area().getParagraphs().size() - 1;
        area().moveTo(Math.min(paragraph, Math.max(0, max)), 0);
    }
}
