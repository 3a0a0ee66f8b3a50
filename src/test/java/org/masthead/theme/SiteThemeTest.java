package org.masthead.theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.profile.ProfileLoader;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;

class SiteThemeTest {
    @TempDir
    Path site;

    private SiteTheme theme(String template) throws Exception {
        Files.createDirectories(site.resolve("theme"));
        Files.writeString(
                site.resolve("masthead.yml"),
                "site_name: S\npage:\n  template: theme/a.mustache\n  stylesheets: [theme/s.css]\n");
        Files.writeString(site.resolve("theme/s.css"), "p{}");
        if (template != null) Files.writeString(site.resolve("theme/a.mustache"), template);
        return SiteTheme.of(ProfileLoader.load(site.resolve("masthead.yml")));
    }

    private static String where(SiteTheme t) {
        SourceException e = t.problems().get(0);
        return e.file().getFileName() + ":" + e.line() + ":" + e.column() + ": " + e.reason();
    }

    @Test
    void aGoodTemplateRendersItsValues() throws Exception {
        SiteTheme t = theme("<p>{{name}}</p>{{{body}}}");
        assertThat(t.usable()).isTrue();
        assertThat(t.render(Map.of("name", "<i>", "body", "<b>x</b>"))).isEqualTo("<p>&lt;i&gt;</p><b>x</b>");
        assertThat(t.writes("body")).isTrue();
        assertThat(t.writes("meta")).isFalse();
    }

    @Test
    void aSectionNeverClosedIsPlacedAtItsOpeningTag() throws Exception {
        assertThat(where(theme("<html>\n  <ul>{{#tags}}\n<li>{{.}}</li>\n{{{body}}}")))
                .isEqualTo("a.mustache:2:7: the section 'tags' is never closed");
    }

    @Test
    void aWrongCloseIsPlacedAtTheClosingTag() throws Exception {
        assertThat(where(theme("{{#a}}\n é {{/b}}")))
                .isEqualTo("a.mustache:2:4: {{/b}} closes the section 'a', which needs {{/a}} first");
        assertThat(where(theme("x {{/b}}"))).isEqualTo("a.mustache:1:3: {{/b}} closes no open section");
        assertThat(where(theme("ab\n {{title"))).isEqualTo("a.mustache:2:2: this tag is never closed with }}");
    }

    @Test
    void anUnknownPartialIsPlacedAtTheTagThatNamesIt() throws Exception {
        SiteTheme t = theme("<body>\n  {{> header}}{{{body}}}");
        assertThat(t.usable()).isFalse();
        assertThat(where(t)).isEqualTo("a.mustache:2:3: the partial 'header' (header.mustache): file not found");
    }

    @Test
    void aMistakeInsideAPartialIsPlacedInThePartial() throws Exception {
        Files.createDirectories(site.resolve("theme/parts"));
        Files.writeString(site.resolve("theme/parts/nav.mustache"), "<nav>\n{{^tags}}");
        SiteTheme t = theme("{{> parts/nav}}{{{body}}}");
        assertThat(where(t)).isEqualTo("nav.mustache:2:1: the section 'tags' is never closed");
        Files.writeString(site.resolve("theme/parts/nav.mustache"), "<nav>{{site_name}}</nav>");
        assertThat(theme("{{> parts/nav}}{{{body}}}").render(Map.of("site_name", "S", "body", "")))
                .isEqualTo("<nav>S</nav>");
    }

    @Test
    void aMissingTemplateIsReportedWhereMastheadYmlNamesIt() throws Exception {
        SiteTheme t = theme(null);
        assertThat(where(t)).isEqualTo("masthead.yml:3:13: template theme/a.mustache: file not found");
    }

    @Test
    void htmlValuesWrittenWithTheEscapingTagAreMistakes() throws Exception {
        assertThat(where(theme("<main>{{body}}</main>")))
                .isEqualTo("a.mustache:1:7: {{body}} would show the HTML as text: write {{{body}}}");
        assertThat(where(theme("{{{body}}}{{&body}}")))
                .isEqualTo("a.mustache:1:11: {{{body}}} is written twice; the page has one body");
    }

    @Test
    void aTemplateLinkedFromOutsideTheSiteIsNotRead(@TempDir Path elsewhere) throws Exception {
        Files.writeString(elsewhere.resolve("secret.mustache"), "secret {{{body}}}");
        Files.createDirectories(site.resolve("theme"));
        Files.createSymbolicLink(site.resolve("theme/a.mustache"), elsewhere.resolve("secret.mustache"));
        SiteTheme t = theme(null);
        assertThat(t.usable()).isFalse();
        assertThat(where(t)).startsWith("masthead.yml:3:13: template theme/a.mustache: leads outside the site");
    }

    @Test
    void profilePathsOutsideTheSiteAreRefused() throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "page:\n  template: ../x.mustache\n");
        SourceException e = org.junit.jupiter.api.Assertions.assertThrows(
                SourceException.class, () -> ProfileLoader.load(site.resolve("masthead.yml")));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(13);
        assertThat(e.reason()).contains("outside the site");
    }
}
