package org.masthead.ui.form;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;

import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.masthead.ui.editor.MarkdownEditor;

/**
 * The header as YAML text: numbered as the file's lines, wrapped, with the line of a problem marked,
 * so an error message and the text it speaks of are easy to match.
 */
final class RawYamlView extends BorderPane {
    private final CodeArea area = new CodeArea();
    private int firstLine = 2;
    private boolean updating;
    /** Lines longer than this are not wrapped (layout time grows with wrapped length). */
    static final int MAX_WRAPPED_LINE = 10_000;

    /** {@code onEdit} receives the header text after each edit by the writer. */
    RawYamlView(Consumer<String> onEdit) {
        area.setId("raw-yaml");
        area.getStyleClass().add("raw-yaml");
        area.setWrapText(true);
        // The article's one undo history has these edits; the area keeps none of its own.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setParagraphGraphicFactory(this::lineNumber);
        area.textProperty().addListener((o, a, text) -> {
            if (!updating) onEdit.accept(text);
        });
        setCenter(new VirtualizedScrollPane<>(area));
    }

    CodeArea area() {
        return area;
    }

    /** Shows the header (unless it already does) and the file line of its first line. */
    void show(String header, int headerFirstLine) {
        if (headerFirstLine != firstLine) {
            firstLine = headerFirstLine;
            area.setParagraphGraphicFactory(this::lineNumber);
        }
        if (area.getText().equals(header)) return;
        // Wrapping a line of megabytes takes JavaFX many seconds; such a header is shown unwrapped.
        area.setWrapText(longestLine(header) <= MAX_WRAPPED_LINE);
        updating = true;
        try {
            area.replaceText(header);
        } finally {
            updating = false;
        }
    }

    /** Marks a file line as the one with a problem (or none, with -1). */
    void markError(int fileLine) {
        // Edits move marked paragraphs about, so every mark is looked for (a header is short).
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            boolean marked = !area.getParagraph(p).getParagraphStyle().isEmpty();
            boolean wanted = p == fileLine - firstLine;
            if (marked != wanted) area.setParagraphStyle(p, wanted ? List.of("error-line") : List.of());
        }
    }

    /** The file line marked as having a problem, or -1. */
    int markedLine() {
        for (int p = 0; p < area.getParagraphs().size(); p++) {
            if (!area.getParagraph(p).getParagraphStyle().isEmpty()) return firstLine + p;
        }
        return -1;
    }

    /** Puts the caret at the start of a file line of the header and the keyboard here. */
    void goToLine(int fileLine) {
        int p = Math.max(0, Math.min(fileLine - firstLine, area.getParagraphs().size() - 1));
        area.moveTo(p, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private static int longestLine(String text) {
        int longest = 0, start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return longest;
    }

    String text() {
        return area.getText();
    }

    private Node lineNumber(int paragraph) {
        return MarkdownEditor.lineNumberLabel(firstLine + paragraph, 36);
    }
}
