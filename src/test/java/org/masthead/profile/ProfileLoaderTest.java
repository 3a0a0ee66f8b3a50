package org.masthead.profile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileLoaderTest {

    @Test
    void theNearestProfileUpTheTreeApplies(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("masthead.yml"),
                "schema: article\nsite_name: Outer\nbase_url: https://outer.example/\nsite_root: public\n");
        Path nested = Files.createDirectories(dir.resolve("a/b"));
        SiteProfile p = ProfileLoader.forArticle(nested.resolve("x.md"));
        assertThat(p.siteName()).isEqualTo("Outer");
        assertThat(p.baseUrl()).isEqualTo("https://outer.example");
        assertThat(p.siteRoot())
                .isEqualTo(dir.resolve("public").toAbsolutePath().normalize());
        assertThat(p.schema()).isSameAs(BuiltInSchemas.ARTICLE);
        Files.writeString(dir.resolve("a/masthead.yml"), "schema: hugo\n");
        assertThat(ProfileLoader.forArticle(nested.resolve("x.md")).schema()).isSameAs(BuiltInSchemas.HUGO);
    }

    @Test
    void withoutAProfileTheSchemaIsGuessedFromTheKeys(@TempDir Path dir) throws Exception {
        SiteProfile p = ProfileLoader.forArticle(dir.resolve("x.md"));
        assertThat(p.profileFile()).isEmpty();
        assertThat(p.schemaFor(List.of("title", "date", "tags", "draft")).name())
                .isEqualTo("hugo");
        assertThat(p.schemaFor(List.of("title", "des", "twitter_tittle")).name())
                .isEqualTo("article");
        assertThat(p.siteRoot()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void theArticleSchemaKeepsTheSitesKeysExactly() {
        assertThat(BuiltInSchemas.ARTICLE.keys())
                .containsExactly(
                        "title",
                        "blog_url",
                        "img_alt",
                        "des",
                        "twitter_des",
                        "twitter_tittle",
                        "header_title",
                        "page_date",
                        "page_first_p",
                        "figure_author",
                        "figure_author_url",
                        "figure_license",
                        "figure_license_url",
                        "page_image_src_rel",
                        "img_url_full",
                        "figure_p");
        assertThat(BuiltInSchemas.HUGO.keys())
                .containsExactlyInAnyOrderElementsOf(
                        Set.of("title", "date", "description", "tags", "image", "draft", "slug"));
    }

    @Test
    void fieldsCanBeDefinedInlineAndLimitsOverridden(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("masthead.yml");
        Files.writeString(
                f,
                """
                schema: hugo
                date_format: dd/MM/yyyy
                limits:
                  title: 50
                fields:
                  - key: subtitle
                    label: Subtitle
                    type: text
                    role: none
                    limit: 90
                  - key: title
                    type: text
                    role: page_title
                    required: true
                """);
        SiteProfile p = ProfileLoader.load(f);
        assertThat(p.schema().keys()).startsWith("title", "date").contains("subtitle");
        FieldSpec title = p.schema().field("title").orElseThrow();
        assertThat(p.limit(title)).isEqualTo(50);
        assertThat(p.limit(p.schema().field("subtitle").orElseThrow())).isEqualTo(90);
        assertThat(p.datePattern(p.schema()).parse("08/12/2024")).isPresent();
        assertThat(p.datePattern(p.schema()).parse("2024-12-08")).isEmpty();
    }

    @Test
    void profileErrorsNameTheFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("masthead.yml");
        Files.writeString(f, "site_name: x\nschema: wordpress\n");
        assertThatThrownBy(() -> ProfileLoader.load(f))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(f + ":2:9:")
                .hasMessageContaining("unknown schema");
        Files.writeString(f, "site_name: x\nbase_url: example.com\n");
        assertThatThrownBy(() -> ProfileLoader.load(f)).hasMessageStartingWith(f + ":2:11:");
        Files.writeString(f, "sitename: x\n");
        assertThatThrownBy(() -> ProfileLoader.load(f)).hasMessageContaining("unknown profile key 'sitename'");
        Files.writeString(f, "limits:\n  title: many\n");
        assertThatThrownBy(() -> ProfileLoader.load(f)).hasMessageStartingWith(f + ":2:10:");
    }

    @Test
    void theImagesSectionIsReadAndItsMistakesPlaced(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("masthead.yml");
        assertThat(ProfileLoader.load(writeProfile(f, "site_name: x\n")).images())
                .isEqualTo(ImageRules.DEFAULT);
        assertThat(ProfileLoader.load(writeProfile(f, "images:\n  folder: media/./img\n  name: \"{slug}-{n}\"\n"))
                        .images())
                .isEqualTo(new ImageRules("media/img", "{slug}-{n}"));
        assertThatThrownBy(() -> ProfileLoader.load(writeProfile(f, "images:\n  folder: ../outside\n")))
                .hasMessageStartingWith(f + ":2:11:")
                .hasMessageContaining("inside the site");
        assertThatThrownBy(() -> ProfileLoader.load(writeProfile(f, "images:\n  folder: /srv/img\n")))
                .hasMessageContaining("inside the site");
        assertThatThrownBy(() -> ProfileLoader.load(writeProfile(f, "images:\n  name: \"{title}\"\n")))
                .hasMessageStartingWith(f + ":2:9:")
                .hasMessageContaining("unknown part {title}");
        assertThatThrownBy(() -> ProfileLoader.load(writeProfile(f, "images:\n  name: a/{n}\n")))
                .hasMessageContaining("without folders");
        assertThatThrownBy(() -> ProfileLoader.load(writeProfile(f, "images:\n  size: 3\n")))
                .hasMessageContaining("unknown images key 'size'");
    }

    private static Path writeProfile(Path f, String text) throws Exception {
        return Files.writeString(f, text);
    }

    @Test
    void datesAreReadStrictly() {
        DatePattern p = DatePattern.of(BuiltInSchemas.ARTICLE_DATE_FORMAT);
        assertThat(p.parse("Dec 8, 2024"))
                .hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-12-08"));
        assertThat(p.parse("Dec 08, 2024")).isEmpty();
        assertThat(p.parse("December 8, 2024")).isEmpty();
        assertThat(p.parse("Feb 30, 2024")).isEmpty();
        DatePattern iso = DatePattern.of("iso");
        assertThat(iso.parse("2024-12-08")).isPresent();
        assertThat(iso.parse("2024-12-08T10:00:00+01:00")).isPresent();
        assertThat(iso.parse("2024-13-08")).isEmpty();
    }

    @Test
    void aProfileChangesAddsAndDropsLinks(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("masthead.yml"),
                "schema: hugo\nlinks:\n  description: body.first_paragraph\n  slug: title\n");
        Schema s = ProfileLoader.forArticle(dir.resolve("x.md")).schema();
        assertThat(s.links())
                .extracting(l -> l.target() + "<" + l.kind())
                .containsExactly("description<FIRST_PARAGRAPH", "slug<COPY");
        Files.writeString(dir.resolve("masthead.yml"), "schema: article\nlinks:\n  figure_p: none\n");
        assertThat(ProfileLoader.forArticle(dir.resolve("x.md")).schema().links())
                .extracting(l -> l.target())
                .hasSize(6)
                .doesNotContain("figure_p");
        Files.writeString(dir.resolve("masthead.yml"), "schema: article\nlinks:\n  figure_p: img_alt + des\n");
        assertThatThrownBy(() -> ProfileLoader.forArticle(dir.resolve("x.md")))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("masthead.yml:3:")
                .hasMessageContaining("is not a link");
    }
}
