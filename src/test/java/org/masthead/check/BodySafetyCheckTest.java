package org.masthead.check;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.article.Article;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** The body check finds script however it is spelt, and says where as an editor counts. */
class BodySafetyCheckTest {
    private static final String HEAD = "---\ntitle: A walk\n---\n";

    @TempDir
    Path dir;

    private List<Finding> body(String body) {
        SiteProfile profile = SiteProfile.defaults(dir);
        List<Finding> all = ArticleChecker.check(Article.of(dir.resolve("a.md"), HEAD + body, false), profile);
        return all.stream().filter(f -> f.key() == null && f.line() >= 4).toList();
    }

    private Finding only(String body) {
        List<Finding> f = body(body);
        assertThat(f).as(body).hasSize(1);
        assertThat(f.get(0).severity()).isEqualTo(Severity.WARNING);
        return f.get(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "&#106;avascript:alert(1)",
                "&#x6A;avascript:alert(1)",
                "&#X6a;AVASCRIPT:alert(1)",
                "javascript&colon;alert(1)",
                "JaVaScRiPt:alert(1)",
                "java&#9;script:alert(1)",
                "java&#10;script:alert(1)",
                "&#32;javascript:alert(1)",
                "&#0000106;avascript:alert(1)",
                "<JavaScript:alert(1)>",
                "vbscript:msgbox(1)",
                "data:text/html;base64,PHNjcmlwdD4="
            })
    void markdownLinksRunningScriptAreWarnedAtTheLink(String destination) {
        Finding f = only("Intro line.\n\nSee [this](" + destination + ") now.\n");
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.column()).isEqualTo(5);
        assertThat(f.message()).contains("link runs script").containsAnyOf("javascript:", "vbscript:", "data:");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[r]: &#106;avascript:alert(1)",
                "[r]: JAVASCRIPT:alert(1)",
                "[r]: java&#x09;script:x",
                "[r]: <javascript:x> \"title\"",
                "[r]: vbscript:x"
            })
    void referencesRunningScriptAreWarned(String definition) {
        List<Finding> f = body("Read [the note][r].\n\n" + definition + "\n");
        assertThat(f).extracting(Finding::message).anySatisfy(m -> assertThat(m)
                .startsWith("link reference runs script"));
        assertThat(f).extracting(Finding::line).contains(6);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jav&#x09;ascript:alert(1)",
                "&#106avascript:alert(1)",
                "java&Tab;script:alert(1)",
                "JAVA&NewLine;SCRIPT:alert(1)",
                " &#1;javascript:alert(1)",
                "javascript&colon;alert(1)",
                "java\tscript:alert(1)"
            })
    void rawHtmlLinksRunningScriptAreWarnedAtTheAttribute(String href) {
        Finding f = only("Text <a href=\"" + href + "\">x</a> end.\n");
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.column()).isEqualTo(9);
        assertThat(f.message()).isEqualTo("<a href> runs script (javascript:); the export blocks it");
    }

    @Test
    void theIssuesTwoExamplesAreWarned() {
        List<Finding> f = body("[x](&#106;avascript:alert(1))\n\n<a href=\"jav&#x09;ascript:alert(1)\">y</a>\n");
        assertThat(f).extracting(Finding::line).containsExactly(4, 6);
        assertThat(f).extracting(Finding::message).allSatisfy(m -> assertThat(m).contains("javascript:"));
    }

    @Test
    void eachDangerousElementIsWarnedOnItsOwnLine() {
        String body = String.join(
                "\n",
                "<div>",
                "<object data=\"movie.swf\"></object>",
                "<embed src=\"clip.svg\">",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<form action=\"https://collect.example/\"><input name=q></form>",
                "<button formaction=\"https://collect.example/b\">go</button>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere.example/\">",
                "<base href=\"https://elsewhere.example/\">",
                "</div>",
                "");
        List<Finding> f = body(body);
        assertThat(f).extracting(Finding::line).containsExactly(5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(f)
                .extracting(Finding::message)
                .satisfiesExactly(
                        m -> assertThat(m).startsWith("<object> embeds active content"),
                        m -> assertThat(m).startsWith("<embed> embeds active content"),
                        m -> assertThat(m)
                                .startsWith("<iframe srcdoc> holds a page")
                                .endsWith("the export empties it"),
                        m -> assertThat(m).startsWith("<form action> sends what readers type"),
                        m -> assertThat(m).startsWith("<button formaction> sends what readers type"),
                        m -> assertThat(m).isEqualTo("<a xlink:href> runs script (javascript:); the export blocks it"),
                        m -> assertThat(m).startsWith("<meta http-equiv=refresh> in the body"),
                        m -> assertThat(m).startsWith("<base> in the body"));
        assertThat(f.get(1).column()).isEqualTo(1);
        assertThat(f.get(4).column()).isEqualTo(9);
    }

    @Test
    void htmlInsideABlockQuoteIsPlacedInTheFile() {
        Finding f = only("> Quote\n>\n> <p><a href=\"javascript:x\">x</a></p>\n");
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.column()).isEqualTo(9);
    }

    @Test
    void tagsAfterACommentOnItsLineAreRead() {
        Finding f = only("<!-- aside --><a href='&#x6A;avascript:1'>k</a>\n");
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.column()).isEqualTo(18);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[a](https://example.org/javascript:x)",
                "![p](data:image/png;base64,iVBORw0KGgo=)",
                "<img src=\"data:image/gif;base64,R0lGOD\" alt=\"dot\">",
                "<a href=\"/javascript-tips\">tips</a>",
                "[b](#javascript:top)",
                "<a title=\"javascript: a primer\" href=\"/b\">b</a>",
                "<iframe src=\"https://v.example/e/1\"></iframe>",
                "`<a href=\"javascript:x\">` in code",
                "[c](&amp;#106;avascript:x)"
            })
    void harmlessBodiesAreNotWarned(String body) {
        assertThat(body(body + "\n")).isEmpty();
    }

    @Test
    void scriptImagesAreWarnedButDataImagesAreNot() {
        List<Finding> f = body("![a](javascript:alert(1)) ![b](data:text/html,x) ![c](data:image/png;base64,AAAA)\n");
        assertThat(f).extracting(Finding::message).hasSize(2).allSatisfy(m -> assertThat(m)
                .startsWith("image source runs script"));
        assertThat(f).extracting(Finding::column).containsExactly(1, 27);
    }

    @Test
    void aTagLeftOpenIsWarnedWhereItStarts() {
        Finding f = only("Intro.\n\n<div><a href=\"javascript:alert(1)//\n\nNext paragraph.\n");
        assertThat(f.line()).isEqualTo(6);
        assertThat(f.column()).isEqualTo(6);
        assertThat(f.message()).startsWith("an HTML tag is still open where this HTML ends");
    }
}
