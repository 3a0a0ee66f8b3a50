package org.masthead.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.bench.SyntheticArticles;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the edits, rendering only the blocks around them gives exactly the full render. */
class IncrementalChunksTest {
    private static final AssetLinker LINKER = path -> "img:" + path;
    private static final IncrementalChunks.Context CONTEXT =
            new IncrementalChunks.Context("/site", "/site/posts/tides.md", "https://tides.example", LINKER, false);
    private static final String[] TOKENS = {
        "a",
        " ",
        "\n",
        "\n\n",
        "# ",
        "## Notes\n\n",
        "- ",
        "1. ",
        "> ",
        "```\n",
        "    ",
        "*",
        "**",
        "`",
        "[x](http://e.org)",
        "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "---\n",
        "===\n",
        "[ref]: http://r.org\n",
        "[^n]",
        "\n[^n]: A note.\n",
        "<div>\n",
        "~~",
        "\t",
        "- [ ] task\n",
        "Word. "
    };

    private static final String TRICKY =
            """
            # Title

            Para one
            continues here.

            - item
            - item two

              indented continuation

            Setext
            ------

            > quote
            lazy line

            ```
            code

            more code
            ```

                indented code

            | a | b |
            |---|---|
            | 1 | 2 |

            ## Notes

            Text.

            ## Notes

            End.
            """;

    static List<String> bases() throws Exception {
        List<String> bases = new ArrayList<>();
        bases.add(TRICKY);
        bases.add(SyntheticArticles.article("Incremental", 20_000, 3).replaceFirst("(?s)^---.*?---\\n", ""));
        bases.add(SyntheticArticles.article("Notes", 20_000, 5, true).replaceFirst("(?s)^---.*?---\\n", ""));
        for (var p : List.of(Samples.TIDES, Samples.CATALOGUE, Samples.HUGO)) {
            Article a = ArticleFiles.read(p);
            bases.add(a.body());
        }
        return bases;
    }

    /** Four seeds by default; the fuzz profile's case count (-Dfuzz.cases) runs up to forty. */
    static LongStream seeds() {
        return LongStream.rangeClosed(1, Math.min(40, Math.max(4, Integer.getInteger("fuzz.cases", 600) / 150)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomEditsRenderExactlyAsAFullRender(long seed) throws Exception {
        Random r = new Random(seed);
        MarkdownRenderer full = MarkdownRenderer.get();
        UnaryOperator<String> images = s -> s;
        for (String base : bases()) {
            IncrementalChunks inc = new IncrementalChunks();
            String text = base;
            for (int step = 0; step < 120; step++) {
                List<String> expected = full.renderChunks(text, 20, images, true);
                List<String> actual = inc.render(text, 20, images, true, CONTEXT);
                assertThat(actual).as("seed %d step %d", seed, step).isEqualTo(expected);
                text = edit(text, r);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void typingInALongArticleRendersOnlyNearTheCaret(int variant) {
        typesNearTheCaret(SyntheticArticles.article("Long", 200_000, 9 + variant, false), variant);
    }

    /** Footnotes keep their numbers and notes while the edit touches none of them. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void typingInALongArticleWithFootnotesRendersOnlyNearTheCaret(int variant) {
        typesNearTheCaret(SyntheticArticles.article("Notes", 200_000, 9 + variant, true), variant);
    }

    private static void typesNearTheCaret(String article, int variant) {
        String body = article.replaceFirst("(?s)^---.*?---\\n", "");
        IncrementalChunks inc = new IncrementalChunks();
        List<String> before = inc.render(body, 1, s -> s, true, CONTEXT);
        // Near the end of the paragraph after a heading, at five places through the article.
        int heading = body.indexOf("\n## ", body.length() * (variant + 1) / 6);
        int paragraph = body.indexOf("\n\n", heading + 1) + 2;
        int at = body.indexOf("\n\n", paragraph) - 5;
        String typed = body.substring(0, at) + "x" + body.substring(at);
        List<String> chunks = inc.render(typed, 1, s -> s, true, CONTEXT);
        assertThat(chunks).isEqualTo(MarkdownRenderer.get().renderChunks(typed, 1, s -> s, true));
        // Chunks kept from the last render are the same objects; only those near the edit are new.
        // (How much faster that is goes in the benchmark, CoreBenchmark.)
        assertThat(chunks).hasSameSizeAs(before).hasSizeGreaterThan(100);
        int rendered = 0;
        for (int i = 0; i < chunks.size(); i++) if (chunks.get(i) != before.get(i)) rendered++;
        assertThat(rendered).as("chunks rendered again").isBetween(1, 3);
    }

    static List<IncrementalChunks.Context> otherContexts() {
        return List.of(
                new IncrementalChunks.Context(
                        "/elsewhere", "/site/posts/tides.md", "https://tides.example", LINKER, false),
                new IncrementalChunks.Context("/site", "/site/posts/reefs.md", "https://tides.example", LINKER, false),
                new IncrementalChunks.Context("/site", "/site/posts/tides.md", "https://reefs.example", LINKER, false),
                new IncrementalChunks.Context(
                        "/site", "/site/posts/tides.md", "https://tides.example", path -> "x", false),
                new IncrementalChunks.Context("/site", "/site/posts/tides.md", "https://tides.example", LINKER, true));
    }

    @ParameterizedTest
    @MethodSource("otherContexts")
    void anotherContextRendersEveryBlockAgain(IncrementalChunks.Context other) {
        IncrementalChunks inc = new IncrementalChunks();
        List<String> before = inc.render(TRICKY, 1, s -> s, true, CONTEXT);
        List<String> same = inc.render(
                TRICKY,
                1,
                s -> s,
                true,
                new IncrementalChunks.Context("/site", "/site/posts/tides.md", "https://tides.example", LINKER, false));
        for (int i = 0; i < before.size(); i++) assertThat(same.get(i)).isSameAs(before.get(i));
        List<String> after = inc.render(TRICKY, 1, s -> s, true, other);
        assertThat(after).isEqualTo(before);
        for (int i = 0; i < before.size(); i++)
            assertThat(after.get(i)).as("chunk %d", i).isNotSameAs(before.get(i));
    }

    private static String edit(String text, Random r) {
        int pos = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
        switch (r.nextInt(4)) {
            case 0, 1 -> {
                return text.substring(0, pos) + TOKENS[r.nextInt(TOKENS.length)] + text.substring(pos);
            }
            case 2 -> {
                int end = Math.min(text.length(), pos + r.nextInt(12));
                return text.substring(0, pos) + text.substring(end);
            }
            default -> {
                int end = Math.min(text.length(), pos + r.nextInt(6));
                return text.substring(0, pos) + TOKENS[r.nextInt(TOKENS.length)] + text.substring(end);
            }
        }
    }
}
