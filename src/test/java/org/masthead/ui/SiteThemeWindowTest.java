package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample site's own template and stylesheets in the real window: the preview shows them and
 * runs none of the template's script, typing patches the body in place, a field or a stylesheet
 * changed on disk swaps the rest of the page without loading it again (the scroll stays), and a
 * mistake in the template shows the built-in page with where the mistake is.
 */
class SiteThemeWindowTest extends WindowTestBase {
    private Path theme(String name) {
        return samples.resolve("site/theme").resolve(name);
    }

    @Test
    void thePreviewShowsTheSitesLookAndFollowsItsFiles() throws Exception {
        Path template = theme("article.mustache");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace("</body>", "<script>document.body.setAttribute('data-ran', 'yes')</script></body>"));
        open(tides());
        assertThat(fx(() -> js("document.querySelector('.hn-masthead .hn-name').textContent")))
                .isEqualTo("Harbour Notes");
        assertThat(fx(() -> js("document.title")))
                .isEqualTo("Reading the tide tables before a coastal walk · Harbour Notes");
        assertThat(fx(() -> js("document.body.getAttribute('data-ran')"))).isNull();
        assertThat(fx(() -> js("document.querySelectorAll('script').length"))).isEqualTo(1);
        // The stylesheet's own picture is in the page as a data URL.
        assertThat((String) fx(() -> js("getComputedStyle(document.querySelector('.hn-masthead')).backgroundImage")))
                .startsWith("url(\"data:image/svg+xml;base64,");

        fx(() -> js("window.__notReloaded = true; window.__body = document.getElementById('mh-body');"));
        typeAtEnd("\n\nA line typed now.");
        waitForJs("document.getElementById('mh-body').textContent.indexOf('A line typed now.') >= 0", true);
        replaceFieldText("#field-title", "Tide tables, read slowly");
        waitForJs("document.title", "Tide tables, read slowly · Harbour Notes");
        assertThat(fx(() ->
                        js("window.__notReloaded === true && window.__body === document.getElementById('mh-body')")))
                .isEqualTo(true);

        fx(() -> js("window.scrollTo(0, 400)"));
        Path css = theme("article.css");
        Files.writeString(css, Files.readString(css) + "\n.hn-headline { color: rgb(139, 31, 74); }\n");
        waitForJs("getComputedStyle(document.querySelector('.hn-headline')).color", "rgb(139, 31, 74)");
        assertThat(fx(() -> js("window.__notReloaded === true"))).isEqualTo(true);
        assertThat(((Number) fx(() -> js("window.scrollY"))).doubleValue()).isEqualTo(400.0);
    }

    @Test
    void aMistakeInTheTemplateShowsTheBuiltInPageAndTheChecksSayWhere() throws Exception {
        open(tides());
        Path template = theme("article.mustache");
        String good = Files.readString(template);
        Files.writeString(template, good.replace("{{/page.image_src}}", ""));
        waitForJs("document.getElementById('mh-theme-problem') != null", true);
        assertThat((String) fx(() -> js("document.getElementById('mh-theme-problem').textContent")))
                .contains("article.mustache:18:5: the section 'page.image_src' is never closed");
        waitForPreview();
        org.testfx.util.WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> fx(() -> window.session().checkedProperty().get().findings().stream()
                        .anyMatch(f -> f.message().contains("article.mustache:18:5"))));
        Files.writeString(template, good);
        waitForJs("document.querySelector('.hn-masthead') != null", true);
    }
}
