package org.masthead.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/** Which fields are lists, their values, where each is written, and how the index keeps them. */
class ListValuesTest {
    @TempDir
    Path dir;

    private static FrontMatter header(String text) {
        return Article.of(Path.of("a.md"), text, false).frontMatter().orElseThrow();
    }

    @Test
    void aSequenceOrAListTypedFieldIsAListAndEachValueHasItsLineAndColumn() {
        String text = "---\n"
                + "title: \"Tides\"\n"
                + "tags:\n"
                + "  - coast\n"
                + "  - \"night markets\"\n"
                + "authors: [Ann Lee, \"Bo, Jr.\"]\n"
                + "keywords: harbour, tides ,\n"
                + "weights: [1, {a: b}, '']\n"
                + "---\n";
        Schema schema = BuiltInSchemas.HUGO;
        List<ListValues.Placed> placed = ListValues.placed(header(text), schema);
        assertThat(placed)
                .containsExactly(
                        new ListValues.Placed("tags", "coast", 4, 5),
                        new ListValues.Placed("tags", "night markets", 5, 5),
                        new ListValues.Placed("authors", "Ann Lee", 6, 11),
                        new ListValues.Placed("authors", "Bo, Jr.", 6, 20),
                        new ListValues.Placed("weights", "1", 8, 10));
        assertThat(ListValues.of(header(text), schema))
                .containsEntry("tags", List.of("coast", "night markets"))
                .doesNotContainKey("keywords")
                .doesNotContainKey("title");
    }

    @Test
    void aLongFlowListPlacesItsLastItemAtItsColumn() {
        StringBuilder list = new StringBuilder("tags: [");
        for (int i = 0; i < 20_000; i++)
            list.append(i == 0 ? "" : ", ").append("t").append(i);
        String line = list.append("]").toString();
        List<ListValues.Placed> placed =
                ListValues.placed(header("---\ntitle: x\n" + line + "\n---\n"), BuiltInSchemas.HUGO);
        assertThat(placed).hasSize(20_000);
        assertThat(placed.get(19_999))
                .isEqualTo(new ListValues.Placed("tags", "t19999", 3, line.indexOf("t19999") + 1));
    }

    @Test
    void aListTypedFieldWrittenAsOneStringIsReadAsCommaSeparatedValues() {
        Schema schema = BuiltInSchemas.HUGO;
        FrontMatter fm = header("---\ntitle: x\ntags: \"coast, tides,, coast\"\n---\n");
        assertThat(ListValues.of(fm, schema)).isEqualTo(Map.of("tags", List.of("coast", "tides")));
        assertThat(ListValues.placed(fm, schema))
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void theIndexAndItsCacheKeepEveryListFieldAndAnOlderCacheIsIgnored() throws Exception {
        Path root = Samples.copyTo(dir.resolve("s"));
        List<SiteEntry> entries = new SiteIndexer().index(root, (d, t) -> {}, () -> false);
        SiteEntry night = entries.stream()
                .filter(e -> e.path().getFileName().toString().equals("night-market-photography.md"))
                .findFirst()
                .orElseThrow();
        assertThat(night.lists()).containsEntry("tags", List.of("photography", "phones", "night markets"));

        IndexCache cache = new IndexCache(dir.resolve("cache"));
        String stamp = SiteIndexer.stamp(root);
        cache.store(root, stamp, entries);
        assertThat(cache.load(root, stamp)).contains(entries);

        byte[] bytes = Files.readAllBytes(cache.fileFor(root));
        bytes[7] = (byte) (IndexCache.FORMAT - 1); // the format's int follows the 4-byte magic
        Files.write(cache.fileFor(root), bytes);
        assertThat(cache.load(root, stamp)).as("a cache of the format before").isEmpty();
        assertThat(SiteValues.of(entries).count("tags", "photography")).isEqualTo(1);
    }
}
