package org.masthead.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Script URLs as a browser reads them, entities already decoded by the HTML or Markdown parser. */
class UrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "JavaScript:alert(1)",
                "JAVASCRIPT:alert(1)",
                "jAvAsCrIpT:void(0)",
                "VBScript:MsgBox(1)",
                "DATA:text/html,<b>x</b>",
                "java\tscript:alert(1)",
                "java\nscript:alert(1)",
                "java\rscript:alert(1)",
                "j\ta\nv\ra\tscript:x",
                "java\0script:alert(1)",
                "java\uFFFDscript:alert(1)",
                "vb\u0001script:x",
                " javascript:alert(1)",
                "\u0000\u001F javascript:alert(1)",
                "\t\n\u000Bjavascript:x",
                "\u007Fjavascript:x",
                "javascript :alert(1)",
                "data:image/png;base64,AAAA",
                "data:,hello"
            })
    void scriptLinksHoweverSpelt(String url) {
        assertThat(Urls.isScriptLink(url)).as("%s", url.replace("\0", "\\0")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/javascript:alert(1)", "/javascript:x", "./javascript:x", "#javascript:x",
                "?q=javascript:x", "javascripts:alert(1)", "xjavascript:alert(1)", "mailto:a@b.example",
                "java%73cript:alert(1)", "ｊavascript:alert(1)", "", "plain words"
            })
    void otherUrlsAreNotScript(String url) {
        assertThat(Urls.isScriptLink(url)).as(url).isFalse();
        assertThat(Urls.isScriptSource(url)).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data:image/png;base64,AAAA",
                "DATA:IMAGE/GIF;base64,R0lG",
                " data:image/webp;base64,UklG",
                "data:image/svg+xml,%3Csvg%3E",
                "da\tta:image/jpeg;base64,/9j/",
                "data: image/png;base64,AAAA"
            })
    void dataImagesAreFineAsImageSources(String url) {
        assertThat(Urls.isScriptSource(url)).as(url).isFalse();
        assertThat(Urls.isScriptLink(url)).as("the same URL as a link").isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "data:text/html,<script>alert(1)</script>",
                "data:,x",
                "data:application/xhtml+xml,x",
                "javascript:alert(1)",
                "VBSCRIPT:x",
                " data:text/html;base64,PHNjcmlwdD4="
            })
    void otherDataAndScriptsAreNotImageSources(String url) {
        assertThat(Urls.isScriptSource(url)).as(url).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"JaVa\tScRiPt:x", " \u0001javascript:x", "java\nscript:x", "JAVASCRIPT:x", "java\0script:x"})
    void theSchemeIsNamedLowercased(String url) {
        assertThat(Urls.schemeOf(url)).isEqualTo("javascript");
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/path", "1http://x", "a b c", "-x:y", "/abs:olute"})
    void relativeUrlsHaveNoScheme(String url) {
        assertThat(Urls.schemeOf(url)).isEmpty();
    }
}
