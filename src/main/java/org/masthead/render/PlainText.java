package org.masthead.render;

import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/** Plain text of Markdown: what a reader sees, without markup. */
public final class PlainText {
    private PlainText() {}

    /** The body's first paragraph as plain text, white space collapsed; empty when there is none. */
    public static String firstParagraph(String markdown) {
        return firstParagraph(MarkdownRenderer.get().parse(markdown));
    }

    /**
     * The same as {@link #firstParagraph(String)}, without parsing a long body whole on every
     * keystroke: a prefix ending at a blank line holds complete blocks, so its first paragraph is
     * the body's, unless it has a bracket and a reference definition further down could make it a link.
     */
    public static String firstParagraphQuick(String markdown) {
        if (markdown.length() > QUICK_PREFIX) {
            int cut = blankLineAfter(markdown, QUICK_PREFIX);
            if (cut > 0) {
                Document prefix = MarkdownRenderer.get().parse(markdown.substring(0, cut));
                for (Node n = prefix.getFirstChild(); n != null; n = n.getNext()) {
                    if (n instanceof Paragraph p) {
                        if (p.getChars().indexOf('[') < 0
                                || !REFERENCE
                                        .matcher(markdown)
                                        .region(cut, markdown.length())
                                        .find()) {
                            return of(p);
                        }
                        break;
                    }
                }
            }
        }
        return firstParagraph(markdown);
    }

    private static final int QUICK_PREFIX = 8192;
    /** A link reference or footnote definition, which can change how brackets before it read. */
    private static final Pattern REFERENCE = Pattern.compile("^ {0,3}\\[[^\\]\\n]+\\]:", Pattern.MULTILINE);

    /** The offset just past the first blank line at or after {@code from}, or -1. */
    private static int blankLineAfter(String s, int from) {
        int i = s.indexOf('\n', from);
        while (i >= 0 && i + 1 < s.length()) {
            int j = i + 1;
            while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\r')) j++;
            if (j < s.length() && s.charAt(j) == '\n') return j + 1;
            i = s.indexOf('\n', j);
        }
        return -1;
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
