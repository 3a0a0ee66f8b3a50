package org.masthead.spell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SpellerTest {
    static LoadedDictionary english;

    @BeforeAll
    static void load() throws IOException {
        english = LoadedDictionary.load(DictionarySource.bundled());
    }

    static Speller speller(Set<String> ignored, boolean skipCaps, WordList... lists) {
        return new Speller(english, List.of(lists), ignored, skipCaps);
    }

    static List<String> misspelt(Speller s, String text) {
        return s.text(text).stream().map(Misspelt::word).toList();
    }

    @Test
    void marksOnlyTheWordsTheDictionaryLacks() {
        Speller s = speller(Set.of(), true);
        assertThat(misspelt(s, "The ferry leaves the harbor twice a day, wheather or not the gulls follow."))
                .containsExactly("wheather");
        assertThat(misspelt(s, "Tuesday's crossing was calm and the keeper waved from the lighthose."))
                .containsExactly("lighthose");
    }

    @Test
    void offsetsPointAtTheWordInTheText() {
        String text = "First line is fine.\nSecond line has a misstake in it.";
        Misspelt m = speller(Set.of(), true).text(text).get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo("misstake");
        assertThat(m.start()).isEqualTo(text.indexOf("misstake"));
    }

    @Test
    void curlyAndStraightApostrophesAreTheSame() {
        Speller s = speller(Set.of(), true);
        assertThat(misspelt(s, "We don't know; they don’t either. It’s the writers’ choice."))
                .isEmpty();
        assertThat(misspelt(s, "We dont’ knoww’s")).contains("dont", "knoww’s");
    }

    @Test
    void hyphenatedWordsAreJudgedByTheirParts() {
        Speller s = speller(Set.of(), true);
        assertThat(misspelt(s, "A well-known, long-awaited and sea-worn jetty."))
                .isEmpty();
        assertThat(misspelt(s, "A sea-wrn jetty.")).containsExactly("wrn");
    }

    @Test
    void fencedCodeIsSkippedWhateverItsMarker() {
        String body = "Before the fense.\n```js\nconst zzqqx = 1;\n~~~\nstill codde\n```\nAfter the fense.\n"
                + "~~~\nqqzzy\n~~~\n";
        assertThat(misspelt(speller(Set.of(), true), body)).containsExactly("fense", "fense");
    }

    @Test
    void allCapsWordsAreSkippedOnlyWhenAsked() {
        assertThat(misspelt(speller(Set.of(), true), "The QQZX report.")).isEmpty();
        assertThat(misspelt(speller(Set.of(), false), "The QQZX report.")).containsExactly("QQZX");
    }

    @Test
    void ignoredAndListedWordsAreKnownInAnyCase(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.txt"), "masthead\nQuennell\n");
        WordList list = new WordList(dir.resolve("words.txt"), dir);
        Speller s = speller(Set.of("quayside"), true, list);
        assertThat(misspelt(s, "Masthead and masthead at the Quennell quayside; Quayside; Masthead’s own."))
                .isEmpty();
        // A capitalised entry is a name: lower case is still a misspelling of it.
        assertThat(misspelt(s, "quennell")).containsExactly("quennell");
    }

    @Test
    void suggestsTheNearWordsFirst() {
        assertThat(speller(Set.of(), true).suggest("lighthose", 5)).contains("lighthouse");
        assertThat(speller(Set.of(), true).suggest("wrod", 3)).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void noDictionaryMarksNothing() {
        assertThat(Speller.NONE.text("zzqq qqzz")).isEmpty();
        assertThat(Speller.NONE.isOn()).isFalse();
    }
}
