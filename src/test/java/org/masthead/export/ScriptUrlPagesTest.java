package org.masthead.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.LiveScriptUrls;
import org.masthead.article.Article;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported pages and preview pages carry no live script URL, however the body spells it, and no
 * element that takes over the page. Pages are read back with jsoup, as a browser would read them.
 */
class ScriptUrlPagesTest {
    private static final String HEAD = "---\ntitle: Harbour lights\n---\n";

    @TempDir
    Path dir;

    private Document exported(String body) throws Exception {
        Path md = dir.resolve("a.md");
        Article a = Article.of(md, HEAD + body, false);
        Path out = dir.resolve("out/a.html");
        HtmlExporter.export(a, SiteProfile.defaults(dir), out, false);
        return Jsoup.parse(Files.readString(out));
    }

    private Document preview(String body) {
        Article a = Article.of(dir.resolve("a.md"), HEAD + body, false);
        return Jsoup.parse(ArticleRenderer.render(a, SiteProfile.defaults(dir), PageOptions.preview(p -> p.toString()))
                .html());
    }

    private static List<String> liveScriptUrls(Document doc) {
        return LiveScriptUrls.in(doc);
    }

    private static void noPageTakeover(Document doc) {
        assertThat(doc.select("base")).isEmpty();
        assertThat(doc.select("meta[http-equiv]"))
                .noneSatisfy(m -> assertThat(m.attr("http-equiv").strip()).isEqualToIgnoringCase("refresh"));
        for (Element f : doc.select("iframe[srcdoc]")) {
            Document inner = Jsoup.parse(f.attr("srcdoc"));
            assertThat(inner.select("script, base")).isEmpty();
            assertThat(liveScriptUrls(inner)).isEmpty();
        }
    }

    private static void previewRunsNothing(Document doc) {
        Element body = doc.getElementById("mh-body");
        assertThat(body.select("script, object, embed, iframe, form, button, base, meta, svg, math"))
                .isEmpty();
        assertThat(body.getAllElements())
                .allSatisfy(e -> assertThat(e.attributes().asList())
                        .noneSatisfy(a -> assertThat(a.getKey()).startsWith("on")));
        assertThat(liveScriptUrls(doc)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](&#106;avascript:alert(1))", "[x](&#x6A;avascript:alert(1))", "[x](javascript&colon;alert(1))",
                "[x](JaVaScRiPt:alert(1))", "[x](java&#9;script:alert(1))", "[x](java&#10;script:alert(1))",
                "[x](&#32;javascript:alert(1))", "[x](<JavaScript:alert(1)>)", "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)", "[x][r]\n\n[r]: &#106;avascript:alert(1)",
                        "<javascript:alert(1)>",
                "![i](javascript:alert(1))", "![i](data:text/html,x)"
            })
    void markdownScriptLinksAreDeadInBothPages(String body) throws Exception {
        Document page = exported("Before.\n\n" + body + "\n");
        assertThat(liveScriptUrls(page)).isEmpty();
        previewRunsNothing(preview("Before.\n\n" + body + "\n"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"jav&#x09;ascript:alert(1)\">y</a>",
                "<a href=\"&#106avascript:alert(1)\">y</a>",
                "<a href=\"&#x6A;avascript:alert(1)\">y</a>",
                "<a href=\"java&Tab;script:alert(1)\">y</a>",
                "<a href=\"java&NewLine;script:alert(1)\">y</a>",
                "<a href=\" &#1;&#0;javascript:alert(1)\">y</a>",
                "<A HREF=JAVASCRIPT:alert(1)>y</A>",
                "<a href='vbscript:msgbox(1)'>y</a>",
                "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">y</a>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<object data=\"&#106;avascript:alert(1)\"></object>",
                "<embed src=\"javascript:alert(1)\">",
                "<form action=\"javascript:alert(1)\"><button>b</button></form>",
                "<button formaction=\"java&#x0A;script:alert(1)\">b</button>",
                "<svg><a xlink:href=\"javascript:alert(1)\"><text>t</text></a></svg>",
                "<img src=\"javascript:alert(1)\" alt=\"a\">",
                "<!-- c --><a href='javascript:alert(1)'>k</a>",
                "> quoted <a href=\"javascript:alert(1)\">q</a>"
            })
    void rawHtmlScriptUrlsAreDeadInBothPages(String html) throws Exception {
        String body = "Intro.\n\n" + html + "\n\nText with " + html + " inline.\n";
        Document page = exported(body);
        assertThat(liveScriptUrls(page)).isEmpty();
        previewRunsNothing(preview(body));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<base href=\"https://elsewhere.example/\">",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://elsewhere.example\">",
                "<META HTTP-EQUIV=Refresh CONTENT=\"0;URL=javascript:alert(1)\">",
                "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
                "<iframe srcdoc=\"<img src=x onerror=alert(1)>\"></iframe>",
                "<p>a <base target=_top> b</p>"
            })
    void pageTakeoversLeaveTheExportAndThePreview(String html) throws Exception {
        String body = "Intro.\n\n" + html + "\n";
        Document page = exported(body);
        noPageTakeover(page);
        assertThat(liveScriptUrls(page)).isEmpty();
        previewRunsNothing(preview(body));
    }

    @Test
    void theWritersOtherHtmlIsExportedAsWritten() throws Exception {
        String body = "<div class=\"box\" id=\"story\"><a href=\"jav&#x09;ascript:alert(1)\" class=\"x\">bad</a>"
                + " <a href=\"https://example.org/tides\">good</a> <img "
                + "src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\"></div>\n\n"
                + "[md](https://example.org/md) [bad](&#106;avascript:alert(1))\n";
        Document page = exported(body);
        assertThat(page.selectFirst("div.box#story")).isNotNull();
        assertThat(page.selectFirst("a.x").attr("href")).isEqualTo("#blocked-script-link");
        assertThat(page.selectFirst("a.x").text()).isEqualTo("bad");
        assertThat(page.selectFirst("a[href=https://example.org/tides]").text()).isEqualTo("good");
        assertThat(page.selectFirst("img[alt=dot]").attr("src")).startsWith("data:image/png;base64,");
        assertThat(page.selectFirst("a[href=https://example.org/md]").text()).isEqualTo("md");
        assertThat(page.select("a:containsOwn(bad)"))
                .extracting(e -> e.attr("href"))
                .containsOnly("#blocked-script-link");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<div><a href=\"javascript:alert(1)//\n\nNext paragraph with a \"quote\" in it.\n",
                "<div><a href='javascript:alert(1)/*\n\nText */ and 'more'.\n",
                "<svg>\n\n<style><a href=\"javascript:alert(1)\">x</a></style>\n\n</svg>\n",
                "<math><mtext>\n\n<style><a href=\"javascript:alert(1)\">x</a></style>\n\n</mtext></math>\n",
                "<div><iframe src=\"javascript:alert(1)\n\n[link](https://example.org/\"x)\n",
                "<p><a href=java\n\nscript:alert(1)>x</a></p>\n"
            })
    void rawHtmlReadWholeAsTheBrowserReadsItHasNoLiveScript(String body) throws Exception {
        Document page = exported(body);
        assertThat(liveScriptUrls(page)).isEmpty();
        previewRunsNothing(preview(body));
    }
}
