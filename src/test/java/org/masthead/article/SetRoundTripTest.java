package org.masthead.article;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.yaml.ScalarType;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting a value and setting it back gives the writer's bytes back: style, type and comments included. */
class SetRoundTripTest {
    private final FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());

    private static Article article(String lines) {
        return Article.of(null, "---\nfirst: one\n" + lines.replace("\\n", "\n") + "last: end\n---\nBody\n", false);
    }

    private void assertRoundTrip(String lines, String key, String middle) throws Exception {
        Article a = article(lines);
        String original = a.requireFrontMatter().text(key);
        String mid = middle.replace("\\n", "\n");
        Article b = editor.set(a, key, mid);
        assertThat(b.requireFrontMatter().text(key)).isEqualTo(mid);
        Article c = editor.set(b, key, original);
        assertThat(c.text()).as("after " + b.headerText()).isEqualTo(a.text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "title: Plain title\\n; title; a: b", "title: Plain title\\n; title; two\\nlines",
                        "title: Plain title\\n; title; #hash",
                "title: Plain title\\n; title; ''", "title: Plain title   # c\\n; title; x: y",
                        "title: -help.xml\\n; title; -help.xml edited"
            })
    void plainText(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "count: 7\\n; count; seven",
                "flag: true\\n; flag; maybe",
                "date: 2024-01-05\\n; date; soon",
                "order: -1\\n; order; last",
                "stamp: 2024-01-05 10:00:00 +0000\\n; stamp; later",
                "count: 7\\n; count; a: b",
                "off: no\\n; off; perhaps"
            })
    void plainIntsBoolsAndDatesComeBackPlain(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "s: 'single'\\n; s; two\\nlines", "s: 'single'\\n; s; it's", "s: 'single'\\nt: 'other'\\n; s; a: b",
                        "s: 'single'\\n; s; ''",
                "s: 'single' # c\\n; s; x", "s: 'one\\n\\n  two'\\n; s; other", "d: \"double\"\\n; d; x",
                        "d: \"double\"\\nq: \"quoted\"\\nr: \"more\"\\ns: \"still\"\\n; d; a: b",
                "d: \"7\"\\n; d; seven"
            })
    void quotedValues(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "lit: |\\n  word\\n; lit; one line",
                "lit: |\\n  word\\n; lit; a\\n\\nb\\n",
                "lit: |\\n  word\\n; lit; '  leading'",
                "keep: |+\\n  kept\\n\\n; keep; x",
                "lit: |-\\n  a\\n  b\\n; lit; x",
                "fold: >\\n  folded text\\n; fold; x",
                "fold: >-\\n  a folded text wrapped\\n  at some width by\\n  hand.\\n; fold; a folded text "
                        + "wrapped at some width by hand. edited",
                "fold: >-\\n  one\\n\\n  two\\n; fold; other"
            })
    void blocksStayBlocks(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "e:\\n; e; x",
                "e: # note\\n; e; x",
                "e: \\n; e; a\\nb",
                "e:   # spaced\\n; e; a\\nb",
                "e: ''\\n; e; x",
                "e: \"\"\\n; e; x y"
            })
    void emptyValues(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @Test
    void settingTheValueAKeyHasChangesNothing() throws Exception {
        for (String lines : new String[] {"k:\\n", "k: ~\\n", "k: null\\n", "k: ''\\n", "k: \"\"\\n"}) {
            Article a = article(lines);
            assertThat(editor.set(a, "k", "")).as(lines).isSameAs(a);
            assertThat(editor.setText(a, "k", "", true)).as(lines).isSameAs(a);
        }
        Article scalar = article("tags: A string\\n");
        assertThat(editor.setText(scalar, "tags", "A string", true)).isSameAs(scalar);
        Article list = article("tags: [a, b]\\n");
        assertThat(editor.setText(list, "tags", "a, b", true)).isSameAs(list);
        FrontMatterEditor typed = new FrontMatterEditor(KeyPlacement.atEnd(), Map.of("count", ScalarType.TEXT));
        Article count = article("count: 7\\n");
        assertThat(typed.set(count, "count", "7")).isSameAs(count);
    }

    @Test
    void quotesAPlainValuesTextNeedsAreSingleSoTheyAreToldApartFromChosenDoubleQuotes() throws Exception {
        Article a = article("d: \"double\"\\np: plain\\n");
        Article b = editor.set(editor.set(a, "p", "a: b"), "d", "c: d");
        assertThat(b.headerText()).contains("d: \"c: d\"\np: 'a: b'\n");
        assertThat(editor.set(editor.set(b, "p", "plain"), "d", "double").text())
                .isEqualTo(a.text());
        // A header that chooses single quotes somewhere: a plain value's quotes are double, and still come off.
        Article s = article("s: 'single'\\np: plain\\n");
        Article t = editor.set(s, "p", "a: b");
        assertThat(t.headerText()).contains("p: \"a: b\"\n");
        assertThat(editor.set(t, "p", "plain").text()).isEqualTo(s.text());
    }

    @Test
    void theOnlySingleQuotedValueOfAHeaderComesBackPlainAfterTextThatNeededQuotes() throws Exception {
        Article a = article("s: 'single'\\n");
        Article b = editor.set(editor.set(a, "s", "a: b"), "s", "single");
        assertThat(b.headerText()).contains("s: single\n");
    }

    @Test
    void theSchemaTypeDecidesWhetherTypedLookingTextIsQuoted() throws Exception {
        FrontMatterEditor typed = new FrontMatterEditor(
                KeyPlacement.atEnd(),
                Map.of("title", ScalarType.TEXT, "draft", ScalarType.BOOL, "date", ScalarType.DATE));
        Article a = article("title: Words\\ndraft: false\\ndate: soon\\n");
        assertThat(typed.set(a, "title", "2024").text()).contains("title: '2024'\n");
        assertThat(typed.set(a, "title", "true").text()).contains("title: 'true'\n");
        assertThat(typed.set(a, "draft", "true").text()).contains("draft: true\n");
        assertThat(typed.set(a, "draft", "12").text()).contains("draft: '12'\n");
        assertThat(typed.set(a, "date", "2025-02-03").text()).contains("date: 2025-02-03\n");
        assertThat(editor.set(a, "title", "2024").text()).contains("title: 2024\n");
        assertThat(editor.set(a, "title", "1.5").text()).contains("title: '1.5'\n");
        assertThat(editor.set(a, "title", "null").text()).contains("title: 'null'\n");
    }

    @Test
    void aFoldedValueWithLineBreaksStaysFoldedAndRewrapsAtItsWidth() throws Exception {
        Article a = article("fold: >-\\n  The first words of a\\n  folded value here.\\n");
        Article b = editor.set(a, "fold", "The first words of a folded value, now longer than it was.\nNext line.");
        assertThat(b.headerText())
                .contains("fold: >-\n  The first words of a\n  folded value, now\n  longer than it was.\n\n  "
                        + "Next line.\nlast");
        assertThat(b.requireFrontMatter().text("fold"))
                .isEqualTo("The first words of a folded value, now longer than it was.\nNext line.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "fold: >\\n  old\\n; one\\ntwo\\n; fold: >\\n  one\\n\\n  two\\n",
                "fold: >-\\n  old\\n; one\\n\\ntwo; fold: >-\\n  one\\n\\n\\n  two\\n",
                "fold: >+\\n  old\\n\\n; kept\\n\\n; fold: >+\\n  kept\\n\\n",
                "fold: >-\\n  old\\n; one\\n  indented; fold: |-\\n  one\\n    indented\\n",
                "fold: >- # note\\n    deeper\\n; a b; fold: >- # note\\n    a b\\n",
                "fold: >-\\n  aaa bbb\\n  ccc\\n; aaa bbb ccc ddd eee; fold: >-\\n  aaa bbb\\n  ccc ddd\\n  eee\\n"
            })
    void foldedBlocksStayFolded(String lines, String value, String expected) throws Exception {
        String v = value.replace("\\n", "\n");
        Article b = editor.set(article(lines), "fold", v);
        assertThat(b.headerText()).isEqualTo("first: one\n" + expected.replace("\\n", "\n") + "last: end\n");
        assertThat(b.requireFrontMatter().text("fold")).isEqualTo(v);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "w: \"a quoted value the writer\\nwrapped over lines\"\\n; w; a quoted value the writer "
                        + "wrapped over lines, now longer",
                "w: 'a quoted value the writer\\nwrapped over lines'\\n; w; a quoted value the writer "
                        + "wrapped over lines, now longer",
                "w: \"a quoted value the writer\\n  wrapped over lines\"\\n; w; a quoted value the writer "
                        + "wrapped over lines, now longer",
                "w: \"a quoted value the writer\\nwrapped over lines\"\\n; w; a quoted value the writer "
                        + "wrapped\\nover lines",
                "w: \"a quoted value the writer\\nwrapped over lines\"\\n; w; a quoted value the writer: "
                        + "wrapped # over lines"
            })
    void aQuotedValueWrappedOverLinesIsWrappedAgain(String lines, String key, String middle) throws Exception {
        assertRoundTrip(lines, key, middle);
    }

    @Test
    void aWrappedQuotedValueKeepsItsWidthWhileItNeedsMoreThanOneLine() throws Exception {
        Article a = article("w: \"a quoted value the writer\\nwrapped over lines\"\\n");
        Article b = editor.set(a, "w", "a quoted value the writer wrapped over lines, now longer");
        assertThat(b.headerText()).contains("w: \"a quoted value the writer\nwrapped over lines, now\nlonger\"\n");
        assertThat(editor.set(a, "w", "short").headerText()).contains("w: \"short\"\n");
    }

    @Test
    void typingIntoATextFieldThroughANumberKeepsThePlainStyle() throws Exception {
        FrontMatterEditor typed = new FrontMatterEditor(KeyPlacement.atEnd(), Map.of("title", ScalarType.TEXT));
        Article a = article("title: Old\\n");
        for (String typedSoFar : new String[] {"2", "20", "2024", "2024:", "2024: a", "2024: a year"})
            a = typed.set(a, "title", typedSoFar);
        assertThat(a.headerText()).contains("title: '2024: a year'\n");
        assertThat(typed.set(a, "title", "2024 review").headerText()).contains("title: 2024 review\n");
        assertThat(typed.set(typed.set(article("title: Old\\n"), "title", "7"), "title", "Seven")
                        .headerText())
                .contains("title: Seven\n");
    }

    @Test
    void aNewKeySetToNothingIsAnEmptyValueThatTypingFillsInPlain() throws Exception {
        Article a = editor.set(article(""), "added", "");
        assertThat(a.headerText()).isEqualTo("first: one\nlast: end\nadded:\n");
        assertThat(editor.set(a, "added", "typed").headerText()).endsWith("added: typed\n");
        Article none = editor.set(Article.of(null, "Body\n", false), "added", "");
        assertThat(none.text()).isEqualTo("---\nadded:\n---\nBody\n");
    }
}
