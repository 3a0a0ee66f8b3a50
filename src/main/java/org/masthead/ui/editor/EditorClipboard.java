package org.masthead.ui.editor;

import javafx.scene.input.Clipboard;

import org.fxmisc.richtext.CodeArea;
import org.masthead.render.HtmlToMarkdown;

/**
 * Pasting into the body: rich text (HTML on the clipboard, from a browser or a word processor)
 * comes in as Markdown, so its bold, links and lists survive; plain text comes in as it is.
 */
final class EditorClipboard {
    private EditorClipboard() {}

    /** Pastes the clipboard as Markdown: its HTML converted when it has some, else its text. */
    static void paste(CodeArea area) {
        insert(area, markdown(Clipboard.getSystemClipboard()));
    }

    /** Pastes the clipboard's plain text, whatever else it holds. */
    static void pastePlain(CodeArea area) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        insert(area, clipboard.hasString() ? clipboard.getString() : null);
    }

    /** What a paste inserts: HTML that says nothing (only a script, say) falls back to the text beside it. */
    static String markdown(Clipboard clipboard) {
        if (clipboard.hasHtml()) {
            String md = HtmlToMarkdown.convert(clipboard.getHtml());
            if (!md.isEmpty()) return md;
        }
        return clipboard.hasString() ? clipboard.getString() : null;
    }

    private static void insert(CodeArea area, String text) {
        if (text == null || text.isEmpty()) return;
        // Line breaks as Enter types them, whatever system the text was copied on.
        String t = text.replaceAll("\r\n?", "\n");
        // Pasted blocks end their last line, so the text after the caret does not join the last of them.
        int at = area.getSelection().getEnd();
        boolean lineFollows = at < area.getLength() && area.getText(at, at + 1).equals("\n");
        if (t.contains("\n") && !t.endsWith("\n") && !lineFollows) t += "\n";
        area.replaceSelection(t);
        area.requestFollowCaret();
    }
}
