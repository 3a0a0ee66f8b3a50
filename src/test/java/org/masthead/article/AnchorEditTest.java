package org.masthead.article;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.source.SourceException;
import org.masthead.yaml.YamlValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Anchors (&a) and aliases (*a): an edit keeps them working or is refused with the key that depends on them. */
class AnchorEditTest {
    private final FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());

    private static Article article(String header) {
        return Article.of(null, "---\n" + header + "---\nBody\n", false);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: &a Ada\\nuser: *a\\n|name|'user' (line 3)",
                "base: &b\\n  colour: blue\\ncopy: *b\\n|base|'copy' (line 4)",
                "list: &l [x, y]\\nother: 1\\ntags: *l\\n|list|'tags' (line 4)",
                "site:\\n  owner: &o Lin\\nauthor: *o\\n|site|'author' (line 4)",
                "first: &f one\\nnested:\\n  inner: *f\\n|first|'nested' (line 3)",
                "person: &p {name: Ada}\\nwriter: *p\\n|person|'writer' (line 3)"
            })
    void removingAnAnchorSomethingUsesIsRefusedNamingTheUser(String header, String key, String user) {
        Article a = article(header.replace("\\n", "\n"));
        assertThatThrownBy(() -> editor.remove(a, key))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cannot remove '" + key + "'")
                .hasMessageContaining(user);
    }

    @Test
    void removingAnAnchorNobodyUsesWorks() throws Exception {
        Article b = editor.remove(article("name: &a Ada\ntitle: t\n"), "name");
        assertThat(b.text()).isEqualTo("---\ntitle: t\n---\nBody\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "base: &b\\n  colour: blue\\ncopy: *b\\n; base; base: &b flat\\n",
                "base: &b   # shared\\n  colour: blue\\ncopy: *b\\n; base; base: &b flat # shared\\n",
                "list: &l\\n  - x\\n  - y\\ncopy: *l\\n; list; list: &l flat\\n",
                "name: &n Shared\\nagain: *n\\n; name; name: &n flat\\n",
                "quoted: &q \"Shared\"\\nagain: *q\\n; quoted; quoted: &q \"flat\"\\n",
                "lit: &t |\\n  Shared\\nagain: *t\\n; lit; lit: &t |-\\n  flat\\n"
            })
    void settingAnAnchoredValueKeepsTheAnchorAndItsAliasesFollow(String header, String key, String expected)
            throws Exception {
        Article b = editor.set(article(header.replace("\\n", "\n")), key, "flat");
        assertThat(b.text()).contains(expected.replace("\\n", "\n"));
        FrontMatter fm = b.requireFrontMatter();
        assertThat(fm.text(key)).isEqualTo("flat");
        assertThat(fm.entries().get(1).value().asText()).isEqualTo("flat");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "list: &l [a, b]\\ntags: *l\\n|tags: [a, b, c]\\n",
                "list: &l\\n  - a\\n  - b\\ntags: *l\\n|tags: [a, b, c]\\n",
                "list: &l [a, b]\\ntags: *l # shared\\n|tags: [a, b, c] # shared\\n",
                "list: &l ['a', 'b']\\ntags:   *l\\n|tags:   [a, b, c]\\n",
                "word: &w a\\ntags: *w\\n|tags: [a, b, c]\\n"
            })
    void aListSetOverAnAliasGetsItsOwnFlowList(String header, String expected) throws Exception {
        Article a = article("title: plain\n" + header.replace("\\n", "\n"));
        Article b = editor.setList(a, "tags", List.of("a", "b", "c"));
        assertThat(b.text()).contains(expected.replace("\\n", "\n"));
        assertThat(((YamlValue.Sequence) b.requireFrontMatter().value("tags").orElseThrow()).texts())
                .containsExactly("a", "b", "c");
        assertThat(b.requireFrontMatter().value(b.requireFrontMatter().keys().get(1)))
                .isEqualTo(a.requireFrontMatter()
                        .value(a.requireFrontMatter().keys().get(1)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tags: [&x a, b]\\nfirst: *x\\n|c,b",
                "tags:\\n  - &x a\\n  - b\\nfirst: *x\\n|b",
                "tags: [a, &x b]\\nfirst: *x\\n|a",
                "tags:\\n  - a\\n  - &x b # kept\\nfirst: *x\\n|a,c",
                "tags: [&x a]\\nmore: [*x, z]\\n|"
            })
    void changingAListItemAnotherKeyRefersToIsRefused(String header, String items) {
        Article a = article(header.replace("\\n", "\n"));
        List<String> list = items == null ? List.of() : List.of(items.split(","));
        assertThatThrownBy(() -> editor.setList(a, "tags", list))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("cannot set 'tags'")
                .hasMessageContaining("*x");
    }

    @Test
    void anAnchoredListItemThatStaysKeepsItsAnchor() throws Exception {
        Article a = article("tags:\n  - &x a\n  - b\nfirst: *x\n");
        assertThat(editor.setList(a, "tags", List.of("a", "c")).text()).contains("  - &x a\n  - c\nfirst: *x\n");
        Article flow = article("tags: [&x a, b]\nfirst: *x\n");
        assertThat(editor.setList(flow, "tags", List.of("z", "a")).text()).contains("tags: [z, &x a]\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "name: &k title\\n*k : bar\\nother: x\\n|name: &k title\\nother: x\\n",
                "name: &k title\\n# about it\\n*k : bar\\nother: x\\n|name: &k title\\n# about it\\nother: x\\n",
                "name: &k title\\n\\n*k :   bar # c\\n|name: &k title\\n\\n",
                "a: 1\\nname: &k title\\n*k : [x, y]\\n|a: 1\\nname: &k title\\n",
                "name: &k title\\n*k :\\n  - x\\nz: 2\\n|name: &k title\\nz: 2\\n"
            })
    void aKeyWrittenAsAnAliasIsRemovedExactly(String header, String expected) throws Exception {
        Article b = editor.remove(article(header.replace("\\n", "\n")), "title");
        assertThat(b.text()).isEqualTo("---\n" + expected.replace("\\n", "\n") + "---\nBody\n");
    }

    @Test
    void aKeyWrittenAsAnAliasIsSetInItsOwnLine() throws Exception {
        Article b = editor.set(article("name: &k title\n*k : bar\nother: x\n"), "title", "baz");
        assertThat(b.text()).contains("name: &k title\n*k : baz\nother: x\n");
        assertThat(b.requireFrontMatter().entry("title").orElseThrow().keyLine())
                .isEqualTo(3);
    }
}
