package org.masthead.ui.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.fxmisc.richtext.CodeArea;

/** Find and replace over the editor: match case, whole word, regular expressions, replace all. */
final class FindReplaceBar extends VBox {
    final TextField find = new TextField();
    final TextField replace = new TextField();
    final CheckBox matchCase = new CheckBox("Match case");
    final CheckBox wholeWord = new CheckBox("Whole word");
    final CheckBox regex = new CheckBox("Regex");
    private final Label status = new Label();
    private final HBox replaceRow;
    private final CodeArea area;
    private final Runnable beforeReplaceAll;

    /** {@code beforeReplaceAll} names the change about to come, so it is one step to undo. */
    FindReplaceBar(CodeArea area, Runnable beforeReplaceAll) {
        this.area = area;
        this.beforeReplaceAll = beforeReplaceAll;
        getStyleClass().add("find-bar");
        setPadding(new Insets(4, 6, 4, 6));
        setSpacing(4);
        find.setPromptText("Find");
        replace.setPromptText("Replace with");
        find.setId("find-field");
        replace.setId("replace-field");
        HBox.setHgrow(find, Priority.ALWAYS);
        HBox.setHgrow(replace, Priority.ALWAYS);
        Button next = button("Next", e -> findNext(true));
        Button prev = button("Previous", e -> findNext(false));
        Button close = button("✕", e -> hide());
        close.setTooltip(new Tooltip("Close (Esc)"));
        HBox findRow = new HBox(6, find, prev, next, matchCase, wholeWord, regex, status, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        Button one = button("Replace", e -> replaceOne());
        Button all = button("Replace all", e -> replaceAll());
        replaceRow = new HBox(6, replace, one, all);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(findRow, replaceRow);
        find.setOnAction(e -> findNext(true));
        replace.setOnAction(e -> replaceOne());
        find.textProperty().addListener((o, a, b) -> updateCount());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) hide();
        });
        setVisible(false);
        setManaged(false);
    }

    private static Button button(String text, EventHandler<ActionEvent> action) {
        Button b = new Button(text);
        b.setOnAction(action);
        b.setFocusTraversable(false);
        return b;
    }

    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replaceRow.setVisible(withReplace);
        replaceRow.setManaged(withReplace);
        String selected = area.getSelectedText();
        if (!selected.isEmpty() && selected.indexOf('\n') < 0) find.setText(selected);
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
        area.requestFocus();
    }

    /** The pattern for the current options, or null when the regular expression is invalid. */
    Pattern pattern() {
        String q = find.getText();
        if (q.isEmpty()) return null;
        String p = regex.isSelected() ? q : Pattern.quote(q);
        if (wholeWord.isSelected()) p = "\\b(?:" + p + ")\\b";
        int flags = matchCase.isSelected() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        try {
            find.getStyleClass().remove("invalid");
            return Pattern.compile(p, flags | Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            if (!find.getStyleClass().contains("invalid")) find.getStyleClass().add("invalid");
            status.setText("Invalid expression");
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
        if (start < 0) {
            status.setText("No matches");
            return false;
        }
        area.selectRange(start, end);
        area.requestFollowCaret();
        updateCount();
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
            area.replaceText(0, text.length(), out.toString());
        }
        status.setText(count + (count == 1 ? " replaced" : " replaced"));
        return count;
    }

    private void updateCount() {
        Pattern p = pattern();
        if (p == null) {
            if (find.getText().isEmpty()) status.setText("");
            return;
        }
        Matcher m = p.matcher(area.getText());
        int count = 0, current = 0;
        int selStart = area.getSelection().getStart();
        while (m.find() && count < 10_000) {
            if (m.end() == m.start()) continue;
            count++;
            if (m.start() == selStart) current = count;
        }
        status.setText(count == 0 ? "No matches" : (current > 0 ? current + " of " + count : count + " matches"));
    }
}
