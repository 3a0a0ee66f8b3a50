package org.masthead.render;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.render.HtmlHazards.Hazard;
import org.masthead.render.HtmlHazards.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlHazardsTest {

    private static List<Kind> kinds(String html) {
        return HtmlHazards.find(html).stream().map(Hazard::kind).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#106avascript:alert(1)\">x</a>", "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "<a href=\"jav&#x61script:alert(1)\">x</a>", "<a href=\"&#0000106;avascript:alert(1)\">x</a>",
                "<a href=\"javascript&colon;alert(1)\">x</a>", "<a href=\"java&Tab;script:alert(1)\">x</a>",
                "<a href=\"java&NewLine;script:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<A HREF='javascript:alert(1)'>x</A>", "<a href=javascript:alert(1)>x</a>",
                "<a href=\" &#1;javascript:alert(1)\">x</a>", "<a href=\"&#32;&#32;javascript:alert(1)\">x</a>",
                "<a href=\"java\tscript:alert(1)\">x</a>", "<a href=\"java\nscript:alert(1)\">x</a>",
                "<a href=\"java\0script:alert(1)\">x</a>", "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"
            })
    void scriptLinksInRawHtmlAreFoundAndMadeDead(String html) {
        List<Hazard> found = HtmlHazards.find(html);
        assertThat(found).extracting(Hazard::kind).containsExactly(Kind.SCRIPT_URL);
        assertThat(found.get(0).what()).isEqualTo("<a href>");
        assertThat(found.get(0).at()).isEqualTo(3);
        String fixed = HtmlHazards.neutralise(html);
        assertThat(fixed).matches("(?is)<a href=(\"|')?#blocked-script-link(\"|')?>x</a>");
        assertThat(HtmlHazards.find(fixed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"&#106;avascript:alert(1)\">",
                "<iframe src=\" JAVASCRIPT:alert(1)\"></iframe>",
                "<form action=\"vbscript:x\"></form>",
                "<button formaction=javascript:alert(1)>go</button>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
                "<svg><a href=\"javascript&colon;alert(1)\"><text>t</text></a></svg>",
                "<math href=\"javascript:alert(1)\">m</math>",
                "<img src=\"javascript:alert(1)\">",
                "<img src=\"data:text/html,x\">",
                "<video poster=\"javascript:x\"></video>",
                "<iframe src=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<svg><a><animate attributeName=\"href\" "
                        + "values=\"https://ok.example;javascript:alert(1)\"/><text>t</text></a></svg>",
                "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>t</text></a></svg>",
                "<link rel=\"stylesheet\" href=\"javascript:alert(1)\">"
            })
    void everyAttributeThatLoadsAUrlIsRead(String html) {
        assertThat(kinds(html)).contains(Kind.SCRIPT_URL);
        String fixed = HtmlHazards.neutralise(html);
        assertThat(HtmlHazards.find(fixed)).extracting(Hazard::kind).doesNotContain(Kind.SCRIPT_URL);
        assertThat(fixed.toLowerCase()).doesNotContain("script:").doesNotContain("data:text");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"a\">",
                "<a href=\"https://example.org/\">ok</a>",
                "<a title=\"javascript: the good parts\" href=\"/books\">b</a>",
                "<img alt=\"javascript:x\" src=\"p.png\">",
                "<p data-note=\"javascript:x\">n</p>",
                "<a href=\"#javascript:top\">t</a>",
                "<svg><use xlink:href=\"#icon\"/></svg>",
                "<iframe src=\"https://video.example/embed/1\" width=\"560\"></iframe>",
                "<iframe srcdoc=\"<p>Hello</p>\"></iframe>"
            })
    void harmlessHtmlIsKeptByteForByte(String html) {
        assertThat(kinds(html)).doesNotContain(Kind.SCRIPT_URL, Kind.BASE, Kind.META_REFRESH);
        assertThat(HtmlHazards.neutralise(html)).isEqualTo(html);
    }

    @Test
    void onlyTheHazardChangesAndTheRestStaysAsWritten() {
        String html = "<div class = \"box\"  id=main>\n  <a  HREF = 'jav&#x09;ascript:alert(1)'  title=\"T &amp; "
                + "U\">link</a>\n"
                + "  <!-- note --><b>bold</b>\n</div>";
        String fixed = HtmlHazards.neutralise(html);
        assertThat(fixed).isEqualTo(html.replace("jav&#x09;ascript:alert(1)", "#blocked-script-link"));
    }

    @Test
    void unquotedValuesGetQuotesSoTheNextAttributeStaysItself() {
        String fixed = HtmlHazards.neutralise(
                "<a href=javascript:alert(1) class=c>x</a><iframe srcdoc=&lt;script&gt;x()&lt;/script&gt; "
                        + "title=t></iframe>");
        assertThat(fixed)
                .isEqualTo("<a href=\"#blocked-script-link\" class=c>x</a><iframe srcdoc=\"\" title=t></iframe>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<base href=\"https://elsewhere.example/\">",
                "<BASE HREF=//elsewhere.example>",
                "<base target=_blank>",
                "<base href=\"javascript:alert(1)\">",
                "<p>text<base href=x></p>"
            })
    void baseIsRemoved(String html) {
        assertThat(kinds(html)).containsExactly(Kind.BASE);
        assertThat(HtmlHazards.neutralise(html).toLowerCase()).doesNotContain("base");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere.example\">",
                "<META HTTP-EQUIV=REFRESH CONTENT=\"0; URL=javascript:alert(1)\">",
                "<meta http-equiv=\"Re&#102;resh\" content=\"1\">",
                "<meta http-equiv=' refresh ' content=5>",
                "<p>a<meta http-equiv=refresh content=0>b</p>"
            })
    void metaRefreshIsRemoved(String html) {
        assertThat(kinds(html)).containsExactly(Kind.META_REFRESH);
        assertThat(HtmlHazards.neutralise(html).toLowerCase()).doesNotContain("meta");
    }

    @Test
    void otherMetaIsNoHazard() {
        assertThat(kinds("<meta name=\"author\" content=\"A. Writer\">")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<iframe srcdoc=\"<img src=x onerror=alert(1)>\"></iframe>",
                "<iframe srcdoc='<a href=&quot;javascript:x&quot;>a</a>'></iframe>",
                "<IFRAME SRCDOC=\"&lt;base href=x&gt;\"></IFRAME>",
                "<iframe srcdoc=\"&lt;svg onload=alert(1)&gt;\"></iframe>"
            })
    void srcdocHoldingScriptIsEmptied(String html) {
        List<Hazard> found = HtmlHazards.find(html);
        assertThat(found).extracting(Hazard::kind).containsExactly(Kind.SRCDOC);
        assertThat(found.get(0).replacement()).isEmpty();
        assertThat(HtmlHazards.neutralise(html))
                .containsPattern("(?i)srcdoc=(\"\"|'')")
                .doesNotContainIgnoringCase("script")
                .doesNotContain("onerror")
                .doesNotContain("onload");
    }

    @Test
    void keptHazardsAreReportedButLeftAsWritten() {
        String html = "<script>track()</script><img src=p.png onerror=\"f()\"><object data=\"movie.swf\"></object>"
                + "<embed src=\"clip.svg\"><form action=\"https://forms.example/post\"><button "
                + "formaction=\"/other\">b</button></form>"
                + "<iframe srcdoc=\"<p>hi</p>\"></iframe>";
        assertThat(kinds(html))
                .containsExactly(
                        Kind.SCRIPT_ELEMENT,
                        Kind.EVENT_HANDLER,
                        Kind.EMBEDDED_CONTENT,
                        Kind.EMBEDDED_CONTENT,
                        Kind.FORM_TARGET,
                        Kind.FORM_TARGET,
                        Kind.SRCDOC);
        assertThat(HtmlHazards.find(html))
                .allSatisfy(h -> assertThat(h.replacement()).isNull());
        assertThat(HtmlHazards.neutralise(html)).isEqualTo(html);
    }

    @Test
    void hazardsKnowWhereTheyAre() {
        String html = "<p>one\n<a class=x href=\"javascript:x\">two</a></p>";
        Hazard h = HtmlHazards.find(html).get(0);
        assertThat(html.substring(h.at())).startsWith("href=");
        assertThat(html.substring(h.start(), h.end())).isEqualTo("javascript:x");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div><a href=\"javascript:alert(1)//",
                "<div><a href='https://ok.example",
                "<p><a href=x",
                "<div><img ",
                "<div><span",
                "<div><a title=\"x\" "
            })
    void aTagLeftOpenAtTheEndIsReported(String html) {
        List<Hazard> found = HtmlHazards.find(html);
        assertThat(found).extracting(Hazard::kind).containsExactly(Kind.OPEN_TAG);
        assertThat(found.get(0).at()).isEqualTo(html.lastIndexOf('<'));
        assertThat(HtmlHazards.neutralise(html)).isEqualTo(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<div>", "<!-- open comment", "<style>p { color: red }", "<textarea>draft", "<p>text</p>"})
    void openElementsAndCommentsAreNotOpenTags(String html) {
        assertThat(kinds(html)).doesNotContain(Kind.OPEN_TAG);
    }
}
