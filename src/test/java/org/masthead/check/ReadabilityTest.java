package org.masthead.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.render.MarkdownRenderer;

import static org.assertj.core.api.Assertions.assertThat;

class ReadabilityTest {
    static Readability.Result of(String body, String tag) {
        return Readability.of(MarkdownRenderer.get().parse(body), tag);
    }

    @Test
    void shortPlainSentencesReadEasilyAndLongWordsDoNot() {
        Readability.Result plain = of("The cat sat on the mat. The dog ran to the gate. We had tea.\n", "en-GB");
        assertThat(plain.sentences()).isEqualTo(3);
        assertThat(plain.words()).isEqualTo(15);
        assertThat(plain.formula()).isEqualTo("Flesch reading ease");
        assertThat(plain.ease().getAsDouble()).isGreaterThan(90);
        Readability.Result hard = of(
                "Institutional considerations notwithstanding, organisational "
                        + "communication necessitates comprehensive documentation.\n",
                "en-US");
        assertThat(hard.ease().getAsDouble()).isLessThan(0);
    }

    @Test
    void germanHasAmstadsFormulaAndOtherLanguagesNone() {
        assertThat(of("Das Haus ist alt. Der Hund ist klein.\n", "de").formula())
                .contains("Amstad");
        assertThat(of("La maison est vieille.\n", "fr").ease()).isEmpty();
    }

    @Test
    void longSentencesAndParagraphsAreFoundAtTheirStart() {
        String sentence = "Words " + "word ".repeat(30).strip() + ".";
        String body = "Short one. " + sentence + "\n\n" + "Fine. ".repeat(20) + "\n\n" + "Many words here. ".repeat(51)
                + "\n";
        Readability.Result r = of(body, "en");
        assertThat(r.longSentences()).hasSize(1);
        assertThat(r.longSentences().get(0).start()).isEqualTo(body.indexOf("Words"));
        assertThat(r.longSentences().get(0).words()).isEqualTo(31);
        assertThat(r.longSentences().get(0).end()).isEqualTo(body.indexOf(sentence) + sentence.length());
        assertThat(r.longParagraphs()).hasSize(1);
        assertThat(r.longParagraphs().get(0).words()).isEqualTo(153);
        // The paragraph ends at its last full stop, not at the space or the line break after it.
        assertThat(body.substring(
                        r.longParagraphs().get(0).start(),
                        r.longParagraphs().get(0).end()))
                .startsWith("Many words here.")
                .endsWith("here.");
    }

    @Test
    void codeAndLinkTargetsAreNotCountedAsWords() {
        Readability.Result r = of("See `some code here` and [the page](https://example.com/a/b/c).\n", "en");
        assertThat(r.words()).isEqualTo(4);
    }

    @Test
    void englishSyllablesLeaveASilentEOut() {
        assertThat(Readability.syllables("tide", "en")).isEqualTo(1);
        assertThat(Readability.syllables("table", "en")).isEqualTo(2);
        assertThat(Readability.syllables("harbour", "en")).isEqualTo(2);
        assertThat(Readability.syllables("x", "en")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "[^", "{{ ", "a@", "<a ", "](", "Wrod-"})
    void longRunsAreReadInOnePass(String run) {
        // Each masking pattern is bounded, so a 100 KB paragraph of one run does not rescan from each start.
        Readability.Result r = of("Intro.\n\n" + run.repeat(100_000 / run.length()) + "\n", "en");
        assertThat(r.sentences()).isPositive();
    }
}
