package org.masthead.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.ChangedLines;
import org.masthead.source.SourceException;
import org.masthead.yaml.ScalarType;
import org.masthead.yaml.YamlValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontMatterEditorTest {
    private static final List<String> ORDER = List.of(
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
    private final FrontMatterEditor editor = new FrontMatterEditor(new KeyPlacement(ORDER));

    private static Article reference() {
        return Article.of(null, TrickyHeaders.REFERENCE_SHAPE, false);
    }

    @Test
    void settingOneKeyRewritesOnlyItsValue() throws Exception {
        Article a = reference();
        Article b = editor.set(a, "title", "Tide tables for beginners");
        assertThat(ChangedLines.of(a.text(), b.text())).containsExactly(2);
        assertThat(b.text().split("\n")[1]).isEqualTo("  title: \"Tide tables for beginners\"");
    }

    @Test
    void aValueOnTheLineAfterItsKeyStaysThere() throws Exception {
        Article b = editor.set(reference(), "twitter_des", "Short and new");
        assertThat(b.text()).contains("  twitter_des:\n    \"Short and new\"\n");
    }

    @Test
    void settingTheCurrentValueChangesNothing() throws Exception {
        Article a = reference();
        assertThat(editor.set(a, "title", a.requireFrontMatter().text("title"))).isSameAs(a);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "She said \"hi\"",
                "colon: inside",
                "hash # inside",
                "#leading hash",
                "line one\nline two",
                "  leading spaces",
                "trailing spaces  ",
                "東京 🌃 café",
                "back\\slash",
                "tab\tinside",
                "true",
                "null",
                "- dash",
                "'quoted'",
                "[brackets]",
                "{braces}",
                "",
                "bell\u0007char",
                "ends with colon:",
                "@at",
                "`tick`"
            })
    void everyValueReadsBackExactlyWhateverTheStyle(String value) throws Exception {
        String text = "---\nplain: word\nsingle: 'word'\ndouble: \"word\"\nlit: |\n  word\nfold: >-\n  "
                + "word\nafter: kept\n---\nBody\n";
        Article a = Article.of(null, text, false);
        for (String key : List.of("plain", "single", "double", "lit", "fold")) {
            Article b = editor.set(a, key, value);
            FrontMatter fm = b.requireFrontMatter();
            assertThat(fm.text(key)).as(key).isEqualTo(value);
            assertThat(fm.text("after")).isEqualTo("kept");
            assertThat(fm.keys()).containsExactly("plain", "single", "double", "lit", "fold", "after");
            assertThat(b.body()).isEqualTo("Body\n");
        }
    }

    @Test
    void stylesAreKeptWhereTheyCanHoldTheValue() throws Exception {
        Article a = Article.of(null, "---\nplain: word\nsingle: 'word'\nlit: |\n  word\n---\n", false);
        assertThat(editor.set(a, "plain", "two words").text()).contains("plain: two words\n");
        assertThat(editor.set(a, "plain", "a: b").text()).contains("plain: \"a: b\"\n");
        assertThat(editor.set(a, "single", "it's").text()).contains("single: 'it''s'\n");
        assertThat(editor.set(a, "single", "two\nlines").text()).contains("single: 'two\n\n  lines'\n");
        assertThat(editor.set(a, "single", " padded\nlines").text()).contains("single: \" padded\\nlines\"\n");
        assertThat(editor.set(a, "lit", "one\ntwo\n").text()).contains("lit: |\n  one\n  two\n---");
        assertThat(editor.set(a, "lit", "no newline").text()).contains("lit: |-\n  no newline\n---");
    }

    @Test
    void aPlainDateStaysAPlainDateAndTheSchemaDecidesForText() throws Exception {
        Article a = Article.of(null, "---\ndate: 2024-05-01\ntitle: x\n---\n", false);
        assertThat(editor.set(a, "date", "2025-01-31").text()).contains("date: 2025-01-31\n");
        assertThat(editor.set(a, "title", "2025-01-31").text()).contains("title: 2025-01-31\n");
        FrontMatterEditor typed = new FrontMatterEditor(KeyPlacement.atEnd(), Map.of("title", ScalarType.TEXT));
        assertThat(typed.set(a, "title", "2025-01-31").text()).contains("title: '2025-01-31'\n");
    }

    @Test
    void newKeysGoWhereTheSchemaPlacesThemInTheDocumentsIndentation() throws Exception {
        Article a = editor.remove(reference(), "page_date");
        assertThat(a.text()).doesNotContain("page_date");
        Article b = editor.set(a, "page_date", "Mar 3, 2025");
        assertThat(b.text()).isEqualTo(reference().text());
        Article c = editor.set(reference(), "extra_key", "value");
        assertThat(c.text())
                .contains("  figure_p: \"An open ledger on a wooden desk beside a brass lamp\"\n  extra_key: "
                        + "\"value\"\n---\n");
    }

    @Test
    void aNewKeyBeforeAllKnownKeysGoesAboveTheFirst() throws Exception {
        Article a = Article.of(null, "---\n# header\ndes: d\n---\n", false);
        assertThat(editor.set(a, "title", "T").text()).isEqualTo("---\n# header\ntitle: T\ndes: d\n---\n");
    }

    @Test
    void settingAKeyOnAnArticleWithoutFrontMatterCreatesTheBlock() throws Exception {
        Article a = Article.of(null, "# Heading\r\n\r\nText\r\n", false);
        Article b = editor.set(a, "title", "Made");
        assertThat(b.text()).isEqualTo("---\r\ntitle: \"Made\"\r\n---\r\n# Heading\r\n\r\nText\r\n");
        assertThat(b.body()).isEqualTo(a.text());
    }

    @Test
    void emptyValuesAreFilledInPlace() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("empty values"), false);
        assertThat(editor.set(a, "title", "Now").text()).startsWith("---\ntitle: Now\ndes: # nothing yet\n");
        assertThat(editor.set(a, "des", "Filled").text()).contains("des: Filled # nothing yet\n");
        assertThat(editor.set(a, "slug", "s").text()).contains("slug: s\n");
    }

    @Test
    void removingAKeyRemovesAllItsLines() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("block scalars"), false);
        Article b = editor.remove(a, "summary");
        assertThat(b.text()).startsWith("---\ntitle: 'Single quoted, it''s fine'\nlead: >-\n");
        Article c = editor.remove(reference(), "twitter_des");
        assertThat(c.text())
                .contains("  des: \"What")
                .doesNotContain("twitter_des")
                .contains("\n  twitter_tittle:");
        assertThat(editor.remove(c, "not_there")).isSameAs(c);
    }

    @Test
    void listsAndMapsSurviveEditsOfOtherKeys() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("flow lists and nested maps"), false);
        Article b = editor.set(a, "new", "v");
        assertThat(b.text()).startsWith(a.text().substring(0, a.text().indexOf("---\nBody")));
    }

    @Test
    void tagListsCanBeEditedInTheirOwnLayout() throws Exception {
        Article flow = Article.of(null, "---\ntags: [a, b]  # topics\ntitle: t\n---\n", false);
        assertThat(editor.setList(flow, "tags", List.of("a", "b, c", "d")).text())
                .isEqualTo("---\ntags: [a, \"b, c\", d]  # topics\ntitle: t\n---\n");
        Article block = Article.of(null, "---\ntags:\n  - a\n  - b\ntitle: t\n---\n", false);
        Article edited = editor.setList(block, "tags", List.of("x", "y", "z"));
        assertThat(edited.text()).isEqualTo("---\ntags:\n  - x\n  - y\n  - z\ntitle: t\n---\n");
        assertThat(((YamlValue.Sequence)
                                edited.requireFrontMatter().value("tags").orElseThrow())
                        .texts())
                .containsExactly("x", "y", "z");
        Article added = editor.setList(Article.of(null, "---\ntitle: t\n---\n", false), "tags", List.of("one"));
        assertThat(added.text()).isEqualTo("---\ntitle: t\ntags: [one]\n---\n");
    }

    @Test
    void textForAListKeyIsSplitAtCommas() throws Exception {
        Article a = Article.of(null, "---\ntags: [a]\ntitle: t\n---\n", false);
        assertThat(editor.setText(a, "tags", " x, y ,, z ", false).text()).startsWith("---\ntags: [x, y, z]\n");
        assertThat(editor.setText(a, "title", "one, two", false).text()).contains("title: one, two\n");
        assertThat(editor.setText(a, "topics", "p, q", true)
                        .requireFrontMatter()
                        .value("topics")
                        .orElseThrow())
                .isInstanceOf(YamlValue.Sequence.class);
        assertThat(editor.setText(a, "tags", "  ", false).text()).startsWith("---\ntags: []\n");
    }

    @Test
    void unchangedListItemsKeepTheirQuotingAndType() throws Exception {
        Article a = Article.of(null, "---\nids: [1, 'two', \"three\"]\nblock:\n  - 'a, b'\n  - c\n---\n", false);
        assertThat(editor.setList(a, "ids", List.of("1", "two", "three", "4")).text())
                .startsWith("---\nids: [1, 'two', \"three\", \"4\"]\n");
        Article moved = editor.setList(a, "block", List.of("c", "a, b"));
        assertThat(moved.text()).contains("block:\n  - c\n  - 'a, b'\n");
    }

    @Test
    void anchorsAreKeptWhenTheirValueChanges() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("anchors and aliases"), false);
        Article b = editor.set(a, "name", "Renamed");
        assertThat(b.text()).contains("name: &n Renamed\n");
        assertThat(b.requireFrontMatter().text("again")).isEqualTo("Renamed");
        Article c = editor.set(a, "again", "Own value");
        assertThat(c.text()).contains("again: Own value\n").contains("name: &n Shared\n");
    }

    @Test
    void editsAreRefusedWhenTheHeaderDoesNotParse() {
        Article broken = Article.of(null, "---\ntitle: \"open\nx: [\n---\nBody\n", false);
        assertThatThrownBy(() -> editor.set(broken, "title", "x")).isInstanceOf(SourceException.class);
        assertThat(broken.body()).isEqualTo("Body\n");
    }
}
