package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.render.PlainText;

import static org.assertj.core.api.Assertions.assertThat;

/** The article profile's linked fields, as the window uses them through the document. */
class LinkedFieldsTest {
    @TempDir
    Path dir;

    private ArticleDocument open(String name) throws Exception {
        Path root = Samples.copyTo(dir);
        return ArticleDocument.open(root.resolve("site/articles/" + name));
    }

    private static String value(ArticleDocument d, String key) {
        return d.article().frontMatter().orElseThrow().text(key).strip();
    }

    @Test
    void linksAreInferredOnOpenFromEquality() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        assertThat(d.links().isLinked("twitter_tittle")).isTrue();
        assertThat(d.links().isLinked("header_title")).isTrue();
        assertThat(d.links().isLinked("page_first_p")).isTrue();
        assertThat(d.links().isLinked("img_url_full")).isTrue();
        assertThat(d.links().isLinked("figure_license_url")).isTrue();
        assertThat(d.links().isLinked("twitter_des"))
                .as("the sample's X description is shorter than des")
                .isFalse();
        assertThat(d.links().isLinked("figure_p"))
                .as("the caption says more than the alt text")
                .isFalse();
        assertThat(d.isDirty()).as("opening writes nothing").isFalse();
    }

    @Test
    void editingTheTitleUpdatesTheLinkedTitlesAndNothingElse() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String before = d.article().text();
        d.setText("title", "Baking through a cold winter", false);
        assertThat(value(d, "twitter_tittle")).isEqualTo("Baking through a cold winter");
        assertThat(value(d, "header_title")).isEqualTo("Baking through a cold winter");
        assertThat(d.lastFollowed()).containsExactlyInAnyOrder("twitter_tittle", "header_title");
        long changedLines = before.lines().count()
                - before.lines()
                        .filter(l -> d.article().text().lines().anyMatch(l::equals))
                        .count();
        assertThat(changedLines).isEqualTo(3);
    }

    @Test
    void typingIntoALinkedFieldUnlinksItAndRelinkingFollowsAgain() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        d.setText("twitter_tittle", "Winter bread, slowly", false);
        assertThat(d.links().isLinked("twitter_tittle")).isFalse();
        d.setText("title", "A new title", false);
        assertThat(value(d, "twitter_tittle")).isEqualTo("Winter bread, slowly");
        assertThat(value(d, "header_title")).isEqualTo("A new title");
        d.relink("twitter_tittle");
        assertThat(d.links().isLinked("twitter_tittle")).isTrue();
        assertThat(value(d, "twitter_tittle")).isEqualTo("A new title");
    }

    @Test
    void theLeadFollowsTheBodysFirstParagraphAsPlainText() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        String body = d.article().body();
        d.setBody(body.replaceFirst("My kitchen", "My *cold* kitchen"));
        assertThat(value(d, "page_first_p")).startsWith("My cold kitchen drops to fourteen degrees");
        d.setBody(d.article().body().replace("## Time is an ingredient", "## Time is the ingredient"));
        assertThat(d.lastFollowed())
                .as("an edit past the first paragraph changes no linked field")
                .isEmpty();
    }

    @Test
    void imageUrlAndLicenseUrlFollowTheirSources() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        d.setText("page_image_src_rel", "/images/posts_img/other.png", false);
        assertThat(value(d, "img_url_full")).isEqualTo("https://harbournotes.example/images/posts_img/other.png");
        d.setText("figure_license", "CC BY-SA 4.0", false);
        assertThat(value(d, "figure_license_url")).isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
        d.setText("figure_license", "My own terms", false);
        assertThat(value(d, "figure_license_url"))
                .as("an unknown license leaves the URL as it was")
                .isEqualTo("https://creativecommons.org/licenses/by-sa/4.0/");
    }

    @Test
    void rawHeaderEditsInferTheLinksAgain() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        d.setHeader(d.article()
                .headerText()
                .replace(
                        "header_title: \"Notes from a winter of baking bread at home\"",
                        "header_title: \"Different headline\""));
        assertThat(d.links().isLinked("header_title")).isFalse();
        d.setText("title", "Changed", false);
        assertThat(value(d, "header_title")).isEqualTo("Different headline");
    }

    @Test
    void aQuickFirstParagraphEqualsTheFullParseOnALongBody() throws Exception {
        StringBuilder sb = new StringBuilder("# Heading\n\nFirst *para*\ngraph here.\n\n");
        while (sb.length() < 50_000) sb.append("Another paragraph with [a link][ref] and text.\n\n");
        sb.append("[ref]: https://example.com\n");
        String body = sb.toString();
        assertThat(PlainText.firstParagraphQuick(body))
                .isEqualTo(PlainText.firstParagraph(body))
                .isEqualTo("First para graph here.");
        String refFirst = "Intro with [a link][ref].\n\n" + body;
        assertThat(PlainText.firstParagraphQuick(refFirst)).isEqualTo("Intro with a link.");
        String unresolved =
                "Intro with [a link][nowhere] and [^1].\n\n" + body.replace("[ref]: https://example.com\n", "");
        assertThat(PlainText.firstParagraphQuick(unresolved)).isEqualTo(PlainText.firstParagraph(unresolved));
        String footnote = "Intro with a note[^1].\n\n" + body + "\n[^1]: The note.\n";
        assertThat(PlainText.firstParagraphQuick(footnote)).isEqualTo(PlainText.firstParagraph(footnote));
        assertThat(Files.exists(dir)).isTrue();
    }

    @Test
    void aFieldTheFileLeavesOutIsWrittenOnlyWhenItsSourceIsEdited() throws Exception {
        ArticleDocument d = open("winter-bread-notes.md");
        d.removeKey("header_title");
        d.history().close();
        d.setBody(d.article().body() + "More.\n");
        assertThat(d.article().frontMatter().orElseThrow().has("header_title"))
                .as("a body edit adds no key")
                .isFalse();
        d.setText("title", "A colder winter", false);
        assertThat(value(d, "header_title")).as("its source edited: it follows").isEqualTo("A colder winter");
    }
}
