package org.masthead.spell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProseWordsTest {
    static List<String> words(String line) {
        return ProseWords.of(line, true).stream().map(ProseWords.Word::text).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "before `qqzz code` after",
                "before ``qq `zz` code`` after",
                "before <span class=\"qqzz\" data-zz='q'>after",
                "before </qqzz> after",
                "before <!-- qqzz comment --> after",
                "before <https://qqzz.example/zz> after",
                "before [after](https://qqzz.example/zz)",
                "before ![after](images/qqzz.png)",
                "before [after][qqzz]",
                "before[^qqzz] after",
                "[qqzz]: https://qqzz.example before after",
                "before https://qqzz.example/a?b=zz after",
                "before www.qqzz.example after",
                "before qqzz.zz@example.org after",
                "before &qqzz; after",
                "before {{< qqzz zz >}} after",
                "before {% qqzz %} after",
                "before qqzz2 zz_qq after",
                "before QQZZ after",
            })
    void skipsWhatIsNotProse(String line) {
        assertThat(words(line)).containsExactly("before", "after");
    }

    @Test
    void keepsApostrophesAndHyphensInsideWords() {
        assertThat(words("don’t sea-worn 'quoted' writers’ end-"))
                .containsExactly("don’t", "sea-worn", "quoted", "writers", "end");
    }

    @Test
    void maskedBlanksWhatIsNotProseLineByLineAndKeepsEveryOffset() {
        String text = "See `code` at https://e.org/x and <b>bold</b>.\n[ref]: /target\nThe {{< tide >}} end";
        String masked = ProseWords.masked(text);
        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked.split("\n", -1))
                .containsExactly(
                        "See        at                 and    bold    .", "              ", "The              end");
    }

    @Test
    void offsetsAreTheLine() {
        ProseWords.Word w = ProseWords.of("`x` and tide", true).get(1);
        assertThat(w.start()).isEqualTo(8);
        assertThat(w.end()).isEqualTo(12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "`a", "[^", "{{ ", "a@", "<a ", "&x", "wrod-", "<!-- -", "](", "``` `"})
    void longRunsThatCouldBeScannedFromEachStartAreRead(String run) {
        // Each skip pattern is bounded or anchored, so 100 KB of one of these runs reads in one pass.
        String line = run.repeat(100_000 / run.length());
        assertThat(ProseWords.of(line, true)).allMatch(w -> w.text().length() <= ProseWords.LONGEST);
    }

    /** The quick test before the pattern never passes over a line the pattern would change. */
    @org.junit.jupiter.api.Test
    void theQuickTestNeverMissesWhatThePatternSkips() {
        String[] tokens = {
            "tide", "Harbour", " ", "  ", "\t", ".", ",", "`", "``", "<", ">", "<b>", "</i>", "<!--", "-->", "[", "]",
            "(", ")", "](", "][", "[^", "http", "https", "://", ":", "mailto", "www", "WWW", "wWw", ".", "@", "a@b",
            "&", "amp;", "#38;", "{", "}", "{{", "}}", "{%", "%}", "x.y", "-", "_", "'", "’", "é", "3", "\\"
        };
        java.util.Random r = new java.util.Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int parts = 1 + r.nextInt(12);
            for (int i = 0; i < parts; i++) line.append(tokens[r.nextInt(tokens.length)]);
            String l = line.toString();
            if (!ProseWords.maySkip(l, 0, l.length())) {
                assertThat(ProseWords.SKIP.matcher(l).find()).as(l).isFalse();
            }
        }
    }

    /** The old way: the pattern tried at every position of each line. */
    private static String maskedByFind(String text) {
        StringBuilder sb = new StringBuilder(text);
        java.util.regex.Matcher skip = ProseWords.SKIP.matcher(text);
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            skip.region(start, end);
            while (skip.find()) for (int i = skip.start(); i < skip.end(); i++) sb.setCharAt(i, ' ');
            start = end + 1;
        }
        return sb.toString();
    }

    private static List<String> wordsByFind(String line) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher skip = ProseWords.SKIP.matcher(line);
        java.util.regex.Matcher word = java.util.regex.Pattern.compile(
                        "[\\p{L}\\p{M}\\p{N}_]++(?:['’\\-][\\p{L}\\p{M}\\p{N}_]++)*+")
                .matcher(line);
        int from = 0;
        while (from <= line.length()) {
            int to = skip.find(from) ? skip.start() : line.length();
            word.region(from, to);
            while (word.find()) if (ProseWords.wanted(word.group(), false)) out.add(word.start() + ":" + word.group());
            if (to >= line.length()) break;
            from = Math.max(skip.end(), to + 1);
        }
        return out;
    }

    @org.junit.jupiter.api.Test
    void tryingThePatternOnlyWhereAMatchCanStartFindsWhatTryingEverywhereFinds() {
        String[] tokens = {
            "tide",
            "Harbour",
            "the",
            "whom",
            "fish",
            "map",
            " ",
            "\t",
            "\n",
            ".",
            ",",
            "`",
            "``",
            "<",
            ">",
            "<b>",
            "</i>",
            "<!--",
            "-->",
            "[",
            "]",
            "(",
            ")",
            "](",
            "][",
            "[^",
            "]:",
            "http",
            "https",
            "://",
            ":",
            "ftp",
            "file",
            "mailto",
            "www",
            "WWW",
            "www.",
            "@",
            "a@b",
            "ann@harbour.example",
            "x.y",
            "+",
            "-",
            "_",
            "é",
            "éhttp://x",
            "3",
            "&",
            "amp;",
            "#38;",
            "{",
            "}",
            "{{",
            "}}",
            "{%",
            "%}",
            "’",
            "'",
            "  [ref]: /u"
        };
        java.util.Random r = new java.util.Random(29);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(16);
            for (int i = 0; i < parts; i++) sb.append(tokens[r.nextInt(tokens.length)]);
            String text = sb.toString();
            assertThat(ProseWords.masked(text)).as(text).isEqualTo(maskedByFind(text));
            String line = text.replace('\n', ' ');
            assertThat(ProseWords.of(line, false).stream()
                            .map(w -> w.start() + ":" + w.text())
                            .toList())
                    .as(line)
                    .isEqualTo(wordsByFind(line));
        }
    }
}
