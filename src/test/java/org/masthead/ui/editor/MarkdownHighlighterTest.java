package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownHighlighterTest {

    @Test
    void fenceStateIsReadFromTheLinesBefore() {
        String text = "intro\n```\ncode\n   ~~~\n```\nafter\n";
        assertThat(MarkdownHighlighter.insideFence(text, text.indexOf("code"))).isTrue();
        assertThat(MarkdownHighlighter.insideFence(text, text.indexOf("after"))).isFalse();
        assertThat(MarkdownHighlighter.insideFence("    ```\nx\n", 8)).isFalse();
    }

    @Test
    void anEmptyBodyHasOneEmptySpan() {
        var spans = MarkdownHighlighter.highlight(List.of(""), false);
        assertThat(spans.length()).isZero();
        assertThat(spans.getSpanCount()).isEqualTo(1);
    }

    @Test
    void stylesFollowTheMarkdown() {
        List<String> lines = List.of(
                "# Heading",
                "Some *em* and **strong** with `code` and [a](http://x)",
                "- item",
                "> quote",
                "```",
                "in fence",
                "```");
        var spans = MarkdownHighlighter.highlight(lines, false);
        assertThat(spans.length()).isEqualTo(String.join("\n", lines).length());
        List<String> styled = new ArrayList<>();
        int pos = 0;
        String text = String.join("\n", lines);
        for (StyleSpan<Collection<String>> s : spans) {
            if (!s.getStyle().isEmpty())
                styled.add(String.join("+", s.getStyle()) + ":" + text.substring(pos, pos + s.getLength()));
            pos += s.getLength();
        }
        assertThat(styled)
                .contains(
                        "md-heading:# Heading",
                        "md-em:*em*",
                        "md-strong:**strong**",
                        "md-code:`code`",
                        "md-link:[a](http://x)",
                        "md-list:-",
                        "md-quote:> quote",
                        "md-code-block:in fence");
    }
}
