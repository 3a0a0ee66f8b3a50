package org.masthead.article;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.yaml.YamlValue;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments, blank lines and trailing spaces the writer put around a value stay where they were. */
class CommentKeepingTest {
    private final FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());

    private static Article article(String header) {
        return Article.of(null, "---\n" + header.replace("\\n", "\n") + "z: end\n---\nBody\n", false);
    }

    private static String header(Article a) {
        return a.headerText();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "des: | # note\\n  old text\\n; new\\ntext\\n; des: | # note\\n  new\\n  text\\n",
                "des: >- # folded note\\n  old text\\n; new text; des: >- # folded note\\n  new text\\n",
                "des: |+   # keep\\n  old\\n\\n; one line; des: |-   # keep\\n  one line\\n",
                "des: |2 # indented\\n    old\\n; plain words; des: |- # indented\\n  plain words\\n",
                "des: | # note\\n  old\\n; be\u0007ll; des: \"be\\x07ll\" # note\\n",
                "des: &d | # anchored\\n  old\\n; two\\nlines; des: &d |- # anchored\\n  two\\n  lines\\n"
            })
    void theCommentAfterABlockIndicatorStays(String header, String value, String expected) throws Exception {
        Article b = editor.set(article(header), "des", value.replace("\\n", "\n"));
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
        assertThat(b.requireFrontMatter().text("des")).isEqualTo(value.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "title: # note\\n; title: |- # note\\n  First line\\n  Second line\\n",
                "title:   \\n; title: |-   \\n  First line\\n  Second line\\n",
                "title:\\n; title: |-\\n  First line\\n  Second line\\n",
                "title: ~ # unset\\n; title: |- # unset\\n  First line\\n  Second line\\n",
                "title: [a, b] # was a list\\n; title: |- # was a list\\n  First line\\n  Second line\\n",
                "title: null   \\n; title: |-   \\n  First line\\n  Second line\\n"
            })
    void whatFollowedAnEmptyValueGoesOnTheIndicatorLineNotIntoTheText(String header, String expected) throws Exception {
        Article b = editor.set(article(header), "title", "First line\nSecond line");
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
        assertThat(b.requireFrontMatter().text("title")).isEqualTo("First line\nSecond line");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "tags:\\n  - one # first\\n  # middle\\n  - two\\n; one,two,three; tags:\\n  - one # "
                        + "first\\n  # middle\\n  - two\\n  - three\\n",
                "tags:\\n  - one # first\\n  # middle\\n  - two\\n; zero,one,two; tags:\\n  - zero\\n  - one "
                        + "# first\\n  # middle\\n  - two\\n",
                "tags:\\n  - one   \\n\\n  - two  \\n  - three\\n; one,two; tags:\\n  - one   \\n\\n  - two  \\n",
                "tags:\\n  - one\\n  # about two\\n  - two # second\\n  - three\\n; one,deux,three; tags:\\n "
                        + " - one\\n  # about two\\n  - deux # second\\n  - three\\n",
                "tags:\\n- one\\n\\n# two below\\n- two\\n; one,two,3; tags:\\n- one\\n\\n# two below\\n- "
                        + "two\\n- \"3\"\\n",
                "tags:\\n  - 'one' # q\\n  - 'two'\\n; two,one; tags:\\n  - 'two'\\n  - 'one' # q\\n",
                "tags: # topics\\n  - one\\n  - two\\n; one; tags: # topics\\n  - one\\n"
            })
    void blockListsKeepCommentsBlankLinesAndTrailingSpacesOfUnchangedItems(String header, String items, String expected)
            throws Exception {
        Article b = editor.setList(article(header), "tags", List.of(items.split(",")));
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
        assertThat(((YamlValue.Sequence) b.requireFrontMatter().value("tags").orElseThrow()).texts())
                .containsExactly(items.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "tags: ['ssr']\\n; ssr,csr; tags: ['ssr', 'csr']\\n",
                "tags: [a,b]\\n; a,b,c; tags: [a,b,c]\\n",
                "tags: [\\n  one,\\n  two\\n]\\n; one,two,three; tags: [\\n  one,\\n  two,\\n  three\\n]\\n",
                "tags: [ a ,  b ]  # spaced\\n; b; tags: [ b ]  # spaced\\n",
                "tags: [\"x\", \"y\"]\\n; y,z; tags: [\"y\", \"z\"]\\n",
                "tags: [a, b,]\\n; a,b,c; tags: [a, b, c,]\\n",
                "tags: [one, two, three]\\n; one,2,three; tags: [one, \"2\", three]\\n"
            })
    void flowListsKeepTheirOwnSpacingQuotingAndLines(String header, String items, String expected) throws Exception {
        Article b = editor.setList(article(header), "tags", List.of(items.split(",")));
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
        assertThat(((YamlValue.Sequence) b.requireFrontMatter().value("tags").orElseThrow()).texts())
                .containsExactly(items.split(","));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "tags:\\n- a\\n- b\\n; tags: []\\n",
                "tags: # topics\\n- a\\n; tags: [] # topics\\n",
                "tags:\\n  - a\\n  # between\\n  - b\\n; tags: []\\n",
                "tags: &t\\n  - a\\n; tags: &t []\\n",
                "tags:\\n  k: v\\n; tags: []\\n"
            })
    void anEmptyListGoesOnTheKeyLine(String header, String expected) throws Exception {
        Article b = editor.setList(article(header), "tags", List.of());
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "x: 3\t\\n; a: b; x: 'a: b'\\n",
                "x: 3\t# count\\n; a: b; x: 'a: b' # count\\n",
                "x: 3 \t \\n; a: b; x: 'a: b'\\n",
                "x: 3\t\\n; 4; x: 4\t\\n",
                "x: word\t\\n; two\\nlines; x: \"two\\n\\n  lines\"\\n"
            })
    void aTabAfterAValueGivesWayWhereQuotesCannotHaveIt(String header, String value, String expected) throws Exception {
        String v = value.replace("\\n", "\n");
        Article b = editor.set(article(header.replace("\\t", "\t")), "x", v);
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n").replace("\\t", "\t") + "z: end\n");
        assertThat(b.requireFrontMatter().text("x")).isEqualTo(v);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"x: 3\t\\n; x: [a, b]\\n", "x: 3\t# c\\n; x: [a, b] # c\\n"})
    void aTabAfterAValueGivesWayToAList(String header, String expected) throws Exception {
        Article b = editor.setList(article(header.replace("\\t", "\t")), "x", List.of("a", "b"));
        assertThat(header(b)).isEqualTo(expected.replace("\\n", "\n") + "z: end\n");
    }
}
