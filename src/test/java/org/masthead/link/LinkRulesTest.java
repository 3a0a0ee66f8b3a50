package org.masthead.link;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkRulesTest {

    private static LinkInputs inputs(Map<String, String> values, String first, String base) {
        return new LinkInputs() {
            @Override
            public String text(String key) {
                return values.getOrDefault(key, "");
            }

            @Override
            public String firstParagraph() {
                return first;
            }

            @Override
            public String baseUrl() {
                return base;
            }
        };
    }

    @Test
    void parsesEachKindOfRuleAndRefusesOthers() {
        assertThat(LinkRule.parse("a", "title")).isEqualTo(LinkRule.copy("a", "title"));
        assertThat(LinkRule.parse("a", "body.first_paragraph").kind()).isEqualTo(LinkRule.Kind.FIRST_PARAGRAPH);
        assertThat(LinkRule.parse("a", "base_url + img").source()).isEqualTo("img");
        assertThat(LinkRule.parse("a", "license_url( lic )"))
                .isEqualTo(new LinkRule("a", LinkRule.Kind.LICENSE_URL, "lic"));
        assertThatThrownBy(() -> LinkRule.parse("a", "title + des")).hasMessageContaining("is not a link");
        assertThatThrownBy(() -> LinkRule.parse("a", "a")).hasMessageContaining("is not a link");
    }

    @Test
    void derivesBaseUrlPlusPathAndLeavesAbsoluteUrlsAlone() {
        LinkRule r = LinkRule.parse("img_url_full", "base_url + rel");
        assertThat(r.derive(inputs(Map.of("rel", "/images/a.png"), "", "https://s.example")))
                .contains("https://s.example/images/a.png");
        assertThat(r.derive(inputs(Map.of("rel", "https://cdn.example/a.png"), "", "https://s.example")))
                .contains("https://cdn.example/a.png");
        assertThat(r.derive(inputs(Map.of("rel", "/a.png"), "", ""))).isEmpty();
    }

    @Test
    void knowsTheCommonLicensesByTheirUsualNames() {
        assertThat(Licenses.url("CC BY 4.0")).contains("https://creativecommons.org/licenses/by/4.0/");
        assertThat(Licenses.url("CC-BY-SA-4.0")).contains("https://creativecommons.org/licenses/by-sa/4.0/");
        assertThat(Licenses.url("cc by-nc-nd 3.0")).contains("https://creativecommons.org/licenses/by-nc-nd/3.0/");
        assertThat(Licenses.url("Creative Commons BY-NC 2.0"))
                .contains("https://creativecommons.org/licenses/by-nc/2.0/");
        assertThat(Licenses.url("CC BY")).contains("https://creativecommons.org/licenses/by/4.0/");
        assertThat(Licenses.url("CC0 1.0")).contains("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(Licenses.url("CC0")).contains("https://creativecommons.org/publicdomain/zero/1.0/");
        assertThat(Licenses.url("Public domain")).contains("https://creativecommons.org/publicdomain/mark/1.0/");
        assertThat(Licenses.url("All rights reserved")).isEmpty();
        assertThat(Licenses.url("CC BY 9.0")).isEmpty();
        assertThat(Licenses.url("CC NC")).isEmpty();
    }

    @Test
    void linkStateIsInferredFromEqualityAndEmptiness() {
        FieldLinks links = new FieldLinks(List.of(
                LinkRule.copy("x_title", "title"),
                LinkRule.copy("h1", "title"),
                LinkRule.copy("cap", "alt"),
                LinkRule.parse("lic_url", "license_url(lic)")));
        LinkInputs in = inputs(
                Map.of(
                        "title",
                        "Tide tables",
                        "x_title",
                        "Tide  tables",
                        "h1",
                        "Something else",
                        "cap",
                        "",
                        "lic",
                        "Own license",
                        "lic_url",
                        "https://example.org/l"),
                "",
                "");
        links.infer(in, Set.of("title", "x_title", "h1", "cap", "lic", "lic_url"));
        assertThat(links.isLinked("x_title"))
                .as("equal once white space is collapsed")
                .isTrue();
        assertThat(links.isLinked("h1")).as("differs").isFalse();
        assertThat(links.isLinked("cap")).as("present and empty").isTrue();
        assertThat(links.isLinked("lic_url"))
                .as("no derived value to compare with")
                .isFalse();

        links.infer(in, Set.of("title", "x_title", "h1", "lic", "lic_url"));
        assertThat(links.isLinked("cap"))
                .as("an absent key follows like an empty one (the document adds it only when its source is edited)")
                .isTrue();
    }

    @Test
    void linkedFieldsFollowUntilUnlinkedAndFollowAgainWhenRelinked() {
        FieldLinks links = new FieldLinks(List.of(LinkRule.copy("x_title", "title")));
        links.infer(inputs(Map.of("title", "A", "x_title", "A"), "", ""), Set.of("title", "x_title"));
        assertThat(links.updates(inputs(Map.of("title", "AB", "x_title", "A"), "", "")))
                .containsExactly(Map.entry("x_title", "AB"));
        assertThat(links.updates(inputs(Map.of("title", "AB", "x_title", "AB"), "", "")))
                .isEmpty();
        links.unlink("x_title");
        assertThat(links.updates(inputs(Map.of("title", "ABC", "x_title", "mine"), "", "")))
                .isEmpty();
        links.relink("x_title");
        assertThat(links.updates(inputs(Map.of("title", "ABC", "x_title", "mine"), "", "")))
                .containsExactly(Map.entry("x_title", "ABC"));
    }

    @Test
    void aNewArticlesSlugAndUrlFollowTheTitleThroughAChain() {
        LinkRule slug = LinkRule.slugOf("slug", "title", LinkRule.SLUG_TOKEN, "2026-12-07-1");
        LinkRule url = LinkRule.inPattern("url", "slug", "https://s.example/a/{slug}");
        assertThat(slug.derive(inputs(Map.of("title", "Crème & Co."), "", ""))).contains("creme-and-co");
        assertThat(slug.derive(inputs(Map.of("title", "東京"), "", ""))).contains("2026-12-07-1");
        assertThat(url.derive(inputs(Map.of("slug", "mine"), "", ""))).contains("https://s.example/a/mine");
        assertThat(url.derive(inputs(Map.of(), "", ""))).as("no slug, no URL").contains("");

        FieldLinks links = new FieldLinks(List.of(url, slug)); // a follower before its source still settles
        links.infer(inputs(Map.of(), "", ""), Set.of("title", "slug", "url"));
        assertThat(links.followers("title")).containsExactlyInAnyOrder("slug", "url");
        assertThat(links.updates(inputs(Map.of("title", "Low Water"), "", "")))
                .containsEntry("slug", "low-water")
                .containsEntry("url", "https://s.example/a/low-water");
        links.unlink("slug");
        assertThat(links.updates(inputs(Map.of("title", "Low Water", "slug", "tide"), "", "")))
                .as("the URL follows the slug the writer typed")
                .containsExactly(Map.entry("url", "https://s.example/a/tide"));
    }

    @Test
    void aLoopOfLinksStopsInsteadOfSpinning() {
        FieldLinks links = new FieldLinks(List.of(LinkRule.copy("a", "b"), LinkRule.copy("b", "a")));
        links.infer(inputs(Map.of(), "", ""), Set.of("a", "b"));
        assertThat(links.updates(inputs(Map.of("a", "x"), "", "")).keySet())
                .as("returns, whichever value wins")
                .isNotEmpty()
                .isSubsetOf("a", "b");
    }
}
