package org.masthead.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.CodeArea;

/**
 * Find and replace over the editor: match case, whole word, regular expressions, replace all.
 * The options are short toggle buttons (named in their tooltips) so the bar fits a narrow editor;
 * the count follows every change of the options, the find text and the body.
 */
final class FindReplaceBar extends VBox {
    final TextField find = new TextField();
    final TextField replace = new TextField();
    final ToggleButton matchCase = toggle("Aa", "find-match-case", "Match case (Alt+C)");
    final ToggleButton wholeWord = toggle("W", "find-whole-word", "Whole word (Alt+W)");
    final ToggleButton regex = toggle(".*", "find-regex", "Regular expression (Alt+R)");
    private final Label status = new Label();
    private final HBox replaceRow;
    private final CodeArea area;
    private final Runnable beforeReplaceAll;
    /** The matches of the current pattern in the current text; null when there is no valid pattern. */
    private FindMatches matches;

    /** {@code beforeReplaceAll} names the change about to come, so it is one step to undo. */
    FindReplaceBar(CodeArea area, Runnable beforeReplaceAll) {
        this.area = area;
        this.beforeReplaceAll = beforeReplaceAll;
        getStyleClass().add("find-bar");
        setId("find-bar");
        setPadding(new Insets(4, 6, 4, 6));
        setSpacing(4);
        find.setPromptText("Find");
        replace.setPromptText("Replace with");
        find.setId("find-field");
        replace.setId("replace-field");
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        // The count is never cut short: the find field gives way instead.
        status.setMinWidth(Region.USE_PREF_SIZE);
        find.setMinWidth(60);
        replace.setMinWidth(60);
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        Button prev = button("↑", "find-previous", "Previous match (Shift+F3)", e -> findNext(false));
        Button next = button("↓", "find-next", "Next match (Enter, F3)", e -> findNext(true));
        Button close = button("✕", "find-close", "Close (Esc)", e -> hide());
        HBox findRow = new HBox(4, find, matchCase, wholeWord, regex, status, prev, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button one =
                button("Replace", "replace-one", "Replace this match and find the next (Enter)", e -> replaceOne());
        Button all = button("Replace all", "replace-all", "Replace every match", e -> replaceAll());
        replaceRow = new HBox(4, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        find.setOnAction(e -> findNext(true));
        replace.setOnAction(e -> replaceOne());
        find.textProperty().addListener((o, a, b) -> recount());
        for (ToggleButton option : new ToggleButton[] {matchCase, wholeWord, regex})
            option.selectedProperty().addListener((o, a, b) -> recount());
        area.textProperty().addListener((o, a, b) -> {
            if (isVisible()) recount();
        });
        area.selectionProperty().addListener((o, a, b) -> {
            if (isVisible()) showCount();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        setVisible(false);
        setManaged(false);
    }

    private static ToggleButton toggle(String text, String id, String tip) {
        ToggleButton t = new ToggleButton(text);
        fit(t, id, tip);
        return t;
    }

    private static Button button(String text, String id, String tip, EventHandler<ActionEvent> action) {
        Button b = new Button(text);
        b.setOnAction(action);
        fit(b, id, tip);
        return b;
    }

    private static void fit(ButtonBase b, String id, String tip) {
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
    }

    /** The bar's own keys, wherever the focus is inside it. */
    private void shortcut(KeyEvent e) {
        ToggleButton option = !e.isAltDown() || e.isControlDown()
                ? null
                : switch (e.getCode()) {
                    case C -> matchCase;
                    case W -> wholeWord;
                    case R -> regex;
                    default -> null;
                };
        if (option != null) {
            option.setSelected(!option.isSelected());
        } else if (e.getCode() == KeyCode.F3) {
            findNext(!e.isShiftDown());
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hide();
        } else {
            return;
        }
        e.consume();
    }

    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) find.setText(selected);
        // The body may have changed while the bar was hidden.
        recount();
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    /** The pattern for the current options, or null when there is none or the expression is invalid. */
    Pattern pattern() {
        String q = find.getText();
        find.getStyleClass().remove("invalid");
        status.setTooltip(null);
        if (q.isEmpty()) return null;
        String p = regex.isSelected() ? q : Pattern.quote(q);
        if (wholeWord.isSelected()) p = "\\b(?:" + p + ")\\b";
        int flags = matchCase.isSelected() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            return Pattern.compile(p, flags | Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            find.getStyleClass().add("invalid");
            status.setTooltip(new Tooltip(e.getDescription() + " (at " + e.getIndex() + ")"));
            return null;
        }
    }

    boolean findNext(boolean forward) {
        Pattern p = pattern();
        if (p == null) return false;
        String text = area.getText();
        Matcher m = p.matcher(text);
        int from = forward ? area.getSelection().getEnd() : area.getSelection().getStart();
        int start = -1, end = -1;
        if (forward) {
            if (m.find(from) && m.end() > m.start()) {
                start = m.start();
                end = m.end();
            } else if (m.find(0) && m.end() > m.start()) {
                start = m.start();
                end = m.end();
            }
        } else {
            m.reset();
            int lastStart = -1, lastEnd = -1, wrapStart = -1, wrapEnd = -1;
            while (m.find()) {
                if (m.end() == m.start()) continue;
                if (m.start() < from) {
                    lastStart = m.start();
                    lastEnd = m.end();
                }
                wrapStart = m.start();
                wrapEnd = m.end();
            }
            if (lastStart >= 0) {
                start = lastStart;
                end = lastEnd;
            } else {
                start = wrapStart;
                end = wrapEnd;
            }
        }
        if (start < 0) return false;
        area.selectRange(start, end);
        area.requestFollowCaret();
        return true;
    }

    void replaceOne() {
        Pattern p = pattern();
        if (p == null) return;
        String selected = area.getSelectedText();
        Matcher m = p.matcher(selected);
        if (!selected.isEmpty() && m.matches()) {
            String with = regex.isSelected() ? m.replaceFirst(replace.getText()) : replace.getText();
            area.replaceSelection(with);
        }
        findNext(true);
    }

    int replaceAll() {
        Pattern p = pattern();
        if (p == null) return 0;
        String text = area.getText();
        Matcher m = p.matcher(text);
        int count = 0;
        StringBuilder out = new StringBuilder();
        String with = regex.isSelected() ? replace.getText() : Matcher.quoteReplacement(replace.getText());
        while (m.find()) {
            m.appendReplacement(out, with);
            count++;
        }
        m.appendTail(out);
        if (count > 0) {
            beforeReplaceAll.run();
            int caret = area.getCaretPosition();
            area.replaceText(0, text.length(), out.toString());
            // The writer stays where they were, not at the end of the text.
            area.moveTo(Math.min(caret, area.getLength()));
        }
        // Until the next change, which counts again (an undo brings the matches back).
        status.setText(count + " replaced");
        return count;
    }

    /** Finds the matches again: the find text, an option or the body changed. */
    private void recount() {
        Pattern p = pattern();
        matches = p == null ? null : FindMatches.of(p, area.getText());
        showCount();
    }

    private void showCount() {
        if (matches != null) {
            status.setText(matches.describe(
                    area.getSelection().getStart(), area.getSelection().getEnd()));
        } else {
            // Short, to fit a narrow editor; the tooltip says what is wrong.
            status.setText(find.getText().isEmpty() ? "" : "Invalid");
        }
    }
}
