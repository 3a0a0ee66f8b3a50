package org.masthead.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Plain text of Markdown: what a reader sees, without markup. */
public final class PlainText {
    private PlainText() {}

    /** The body's first paragraph as plain text, white space collapsed; empty when there is none. */
    public static String firstParagraph(String markdown) {
        return firstParagraph(MarkdownRenderer.get().parse(markdown));
    }

    public static String firstParagraph(Document doc) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph p) return of(p);
        }
        return "";
    }

    /** The plain text of a node: text, code spans and link texts, line breaks as spaces. */
    public static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private static void collect(Node node, StringBuilder sb) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) sb.append(t.getChars().unescape());
            else if (n instanceof Code c) sb.append(c.getText().toString());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            else if (n instanceof HtmlInline) continue;
            else collect(n, sb);
        }
    }
}
