package org.masthead.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pasted rich text as Markdown: the formatting kept, nothing that could act let through. */
class HtmlToMarkdownTest {

    @Test
    void boldItalicAndLinksBecomeMarkdown() {
        String md = HtmlToMarkdown.convert("<p>The <b>spring</b> tide is <em>high</em> today, see "
                + "<a href=\"https://tides.example/x\">the table</a>.</p>");
        assertThat(md).isEqualTo("The **spring** tide is *high* today, see [the table](https://tides.example/x).");
    }

    @Test
    void headingsListsAndParagraphsKeepTheirShape() {
        String md = HtmlToMarkdown.convert(
                "<h2>Gear</h2><ul><li>rope</li><li>chart</li></ul><p>One.</p><p>Two.</p><ol><li>a</li><li>b</li></ol>");
        assertThat(md).isEqualTo("## Gear\n\n* rope\n* chart\n\nOne.\n\nTwo.\n\n1. a\n2. b");
    }

    @Test
    void scriptsAndStylesAreDroppedWithTheirContent() {
        String md = HtmlToMarkdown.convert("<style>p{color:red}</style><p>Calm<script>alert('x')</script> water</p>"
                + "<noscript>no</noscript><iframe src=\"https://evil.example\">frame</iframe>");
        assertThat(md).isEqualTo("Calm water");
    }

    @Test
    void aScriptLinkKeepsOnlyItsText() {
        assertThat(HtmlToMarkdown.convert("<p><a href=\"jav&#x09;ascript:alert(1)\">click</a> here</p>"))
                .isEqualTo("click here");
        assertThat(HtmlToMarkdown.convert("<p><a href=\"data:text/html,<script>x</script>\">data</a></p>"))
                .isEqualTo("data");
    }

    @Test
    void imagesKeepTheirSourceAsWritten() {
        assertThat(HtmlToMarkdown.convert("<p><img src=\"https://cdn.example/a.png\" alt=\"Harbour\"></p>"))
                .isEqualTo("![Harbour](https://cdn.example/a.png)");
        assertThat(HtmlToMarkdown.convert("<p><img src=\"/images/b.webp\" alt=\"b\" onerror=\"alert(1)\"></p>"))
                .isEqualTo("![b](/images/b.webp)");
        assertThat(HtmlToMarkdown.convert("<p>x<img src=\"javascript:alert(1)\" alt=\"bad\"></p>"))
                .isEqualTo("x");
        // A file named like an emoji stays an image, not an emoji shortcut.
        assertThat(HtmlToMarkdown.convert("<img src=\"boat.png\" alt=\"[Boat]\">"))
                .isEqualTo("![\\[Boat\\]](boat.png)");
        assertThat(HtmlToMarkdown.convert("<img src=\"my pic (1).png\" alt=\"p\">"))
                .isEqualTo("![p](<my pic (1).png>)");
    }

    @Test
    void eventHandlersAndUnknownTagsLeaveOnlyText() {
        String md = HtmlToMarkdown.convert("<div onclick=\"alert(1)\"><span style=\"font-weight:400\">Plain</span> "
                + "<font color=red>words</font></div>");
        assertThat(md).isEqualTo("Plain words");
        assertThat(md).doesNotContain("onclick", "<");
    }

    @Test
    void theWindowsClipboardHeaderAndFragmentMarksAreLeftOut() {
        String cf = "Version:0.9\r\nStartHTML:00000097\r\nEndHTML:00000200\r\n"
                + "<html><body><!--StartFragment--><strong>Keel</strong><!--EndFragment--></body></html>";
        assertThat(HtmlToMarkdown.convert(cf)).isEqualTo("**Keel**");
    }

    @Test
    void plainTextInHtmlStaysPlainAndEmptyStaysEmpty() {
        assertThat(HtmlToMarkdown.convert("just words")).isEqualTo("just words");
        assertThat(HtmlToMarkdown.convert("<script>only()</script>")).isEmpty();
        assertThat(HtmlToMarkdown.convert("")).isEmpty();
    }

    @Test
    void noSpaceBeforePunctuationAfterEmphasisAndPlainAmpersands() {
        assertThat(HtmlToMarkdown.convert("<p>Keep it <i>green</i>, see <b>below</b>.</p>"))
                .isEqualTo("Keep it *green*, see **below**.");
        assertThat(HtmlToMarkdown.convert("<p>Salt &amp; pepper</p>")).isEqualTo("Salt & pepper");
        assertThat(HtmlToMarkdown.tidy("a \\&amp; b"))
                .as("an entity stays escaped")
                .isEqualTo("a \\&amp; b");
    }
}
