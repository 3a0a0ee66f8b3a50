package org.masthead.article;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;

/** Recursive aliases, odd line breaks and very many keys: a message with the editor's line:col, never a crash. */
class HostileHeadersTest {

    private static SourceException refused(String header) {
        Article a = Article.of(Path.of("h.md"), "---\n" + header + "---\nBody stays.\n", false);
        assertThat(a.body()).isEqualTo("Body stays.\n");
        return a.headerError().orElseThrow(() -> new AssertionError("accepted: " + header));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title: x\na: &a [*a]\n",
                "m: &m {self: *m}\n",
                "title: x\nlist: &l\n  - one\n  - *l\n",
                "deep: &d\n  inner:\n    again: [1, 2, {back: *d}]\n",
                "x: &x [[[[*x]]]]\n",
                "pair: &p {a: &q [*p], b: *q}\n",
                "title: t\nk: &k\n  k2: &k2\n    k3: *k\n",
            })
    void recursiveAliasesAreRefusedWithAPlace(String header) {
        SourceException e = refused(header);
        assertThat(e.reason()).contains("recursive alias");
        assertThat(e.line()).isBetween(2, 1 + header.split("\n").length);
        assertThat(e.column()).isPositive();
    }

    @Test
    void aliasesThatAreNotRecursiveStillWork() {
        Article a =
                Article.of(Path.of("h.md"), "---\nbase: &b [one, two]\ntags: *b\nnested: {x: *b, y: *b}\n---\n", false);
        assertThat(a.headerError()).isEmpty();
        assertThat(a.frontMatter().orElseThrow().value("tags").orElseThrow().asText())
                .isEqualTo("one, two");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u2028\u2029", "\u0085\u0085\u0085"})
    void lineNumbersAfterUnicodeBreaksAreTheEditors(String odd) {
        // An editor shows these characters inside the line; SnakeYAML would count each as a line break.
        SourceException e = refused("title: \"a" + odd + "b\"\ndes: \"x" + odd + "\"\nbad: ]\n");
        assertThat(e.line()).isEqualTo(4);
        SourceException tag = refused("title: 'a" + odd + "b'\nevil: !!java.io.File x\n");
        assertThat(tag.line()).isEqualTo(3);
        assertThat(tag.column()).isEqualTo(7);
        SourceException dup = refused("t: \"" + odd + "\"\nt: again\n");
        assertThat(dup.line()).isEqualTo(3);
    }

    @Test
    void aHeaderOfAHundredThousandKeysIsReadWithExactPlaces() throws Exception {
        StringBuilder sb = new StringBuilder("---\n");
        for (int i = 0; i < 100_000; i++)
            sb.append('k').append(i).append(": v").append(i).append('\n');
        sb.append("title: last\n---\nBody\n");
        Article a = Article.of(Path.of("many.md"), sb.toString(), false);
        FrontMatter fm = a.requireFrontMatter();
        assertThat(fm.entries()).hasSize(100_001);
        FrontMatterEntry last = fm.entry("title").orElseThrow();
        assertThat(last.keyLine()).isEqualTo(100_002);
        assertThat(fm.entry("k54321").orElseThrow().valueLine()).isEqualTo(54_323);
        Article edited = new FrontMatterEditor(KeyPlacement.atEnd()).set(a, "title", "changed");
        assertThat(edited.text()).endsWith("title: changed\n---\nBody\n");
    }
}
