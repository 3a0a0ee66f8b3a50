package org.masthead.article;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.YamlValue;
import org.yaml.snakeyaml.nodes.Tag;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleRoundTripTest {

    static Stream<Arguments> tricky() {
        return TrickyHeaders.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tricky")
    void unchangedArticleWritesTheExactBytesItRead(String name, String text) throws Exception {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Article a = Article.fromBytes(null, bytes);
        assertThat(a.headerError()).isEmpty();
        assertThat(a.toBytes()).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tricky")
    void everyScalarKeySetToNewValueAndBackGivesTheOriginalBytes(String name, String text) throws Exception {
        byte[] original = text.getBytes(StandardCharsets.UTF_8);
        Article a = Article.fromBytes(null, original);
        FrontMatterEditor editor = new FrontMatterEditor(KeyPlacement.atEnd());
        for (FrontMatterEntry e : a.requireFrontMatter().entries()) {
            if (!(e.value() instanceof YamlValue.Scalar s) || s.isNull()) continue;
            String newValue = sameKindOfValue(e.tag(), s.text());
            Article changed = editor.set(a, e.key(), newValue);
            assertThat(changed.requireFrontMatter().text(e.key())).as(e.key()).isEqualTo(newValue);
            Article back = editor.set(changed, e.key(), s.text());
            assertThat(back.requireFrontMatter().text(e.key())).as(e.key()).isEqualTo(s.text());
            // An alias cannot be recalled from its value, nor where a folded text was wrapped.
            boolean wrappedFold = e.style() == ScalarStyle.FOLDED
                    && a.headerText().substring(e.valueStart(), e.valueEnd()).split("\n").length > 2;
            if (e.alias() || wrappedFold) continue;
            assertThat(new String(back.toBytes(), StandardCharsets.UTF_8))
                    .as(e.key())
                    .isEqualTo(text);
        }
    }

    /** A new value that reads as the same YAML type as the old one (a date stays a date). */
    static String sameKindOfValue(Tag tag, String old) {
        if (Tag.TIMESTAMP.equals(tag)) return "1999-12-31";
        if (Tag.BOOL.equals(tag)) return old.equalsIgnoreCase("true") ? "false" : "true";
        if (Tag.INT.equals(tag)) return old + "1";
        String core = old.replaceAll("\n+$", "");
        return core + " changed" + old.substring(core.length());
    }

    @Test
    void bomAndCrlfAreKept() throws Exception {
        String text = TrickyHeaders.all().get("crlf and bom");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Article a = Article.fromBytes(null, bytes);
        assertThat(a.hasBom()).isTrue();
        assertThat(a.text()).doesNotStartWith("\uFEFF");
        assertThat(a.requireFrontMatter().text("title")).isEqualTo("Windows");
        assertThat(a.lineBreak()).isEqualTo("\r\n");
        Article b = new FrontMatterEditor(KeyPlacement.atEnd()).set(a, "slug", "windows");
        assertThat(b.text()).contains("des: Text\r\nslug: windows\r\n---\r\n");
        assertThat(b.toBytes()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void bodyMayHoldDashLinesAndOnlyTheTopBlockIsFrontMatter() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("dashes in the body"), false);
        assertThat(a.requireFrontMatter().keys()).containsExactly("title");
        assertThat(a.body()).startsWith("Setext heading\n--------------\n\n---\n");
        assertThat(a.bodyStartLine()).isEqualTo(4);
    }

    @Test
    void withoutFrontMatterTheWholeFileIsBody() throws Exception {
        String text = "# Title\n\n---\n\ntext\n";
        Article a = Article.of(null, text, false);
        assertThat(a.hasFrontMatterBlock()).isFalse();
        assertThat(a.body()).isEqualTo(text);
        assertThat(a.requireFrontMatter().entries()).isEmpty();
    }

    @Test
    void anOpeningLineThatIsNeverClosedIsNotFrontMatter() {
        String text = "---\ntitle: x\n\nno closing line\n";
        Article a = Article.of(null, text, false);
        assertThat(a.hasFrontMatterBlock()).isFalse();
        assertThat(FrontMatterSpan.opensWithoutClosing(text)).isTrue();
        assertThat(a.body()).isEqualTo(text);
    }

    @Test
    void valuesAreReadAsTextNeverConverted() throws Exception {
        Article a = Article.of(null, TrickyHeaders.all().get("comments and blank lines"), false);
        FrontMatter fm = a.requireFrontMatter();
        assertThat(fm.text("date")).isEqualTo("2024-05-01");
        assertThat(fm.text("draft")).isEqualTo("false");
        assertThat(fm.text("title")).isEqualTo("Plain title");
        Article lists = Article.of(null, TrickyHeaders.all().get("flow lists and nested maps"), false);
        assertThat(((YamlValue.Sequence)
                                lists.requireFrontMatter().value("tags").orElseThrow())
                        .texts())
                .containsExactly("alpha", "beta gamma", "delta");
        Map<String, YamlValue> seo =
                ((YamlValue.Mapping) lists.requireFrontMatter().value("seo").orElseThrow()).entries();
        assertThat(seo.get("robots").asText()).isEqualTo("noindex");
    }

    @Test
    void positionsAreFileLinesAndColumns() throws Exception {
        Article a = Article.of(null, TrickyHeaders.REFERENCE_SHAPE, false);
        FrontMatterEntry title = a.requireFrontMatter().entry("title").orElseThrow();
        assertThat(title.keyLine()).isEqualTo(2);
        assertThat(title.keyColumn()).isEqualTo(3);
        assertThat(title.valueColumn()).isEqualTo(10);
        FrontMatterEntry tdes = a.requireFrontMatter().entry("twitter_des").orElseThrow();
        assertThat(tdes.keyLine()).isEqualTo(6);
        assertThat(tdes.valueLine()).isEqualTo(7);
        assertThat(a.requireFrontMatter().indent()).isEqualTo("  ");
        assertThat(List.of(a.bodyStartLine())).containsExactly(20);
    }
}
