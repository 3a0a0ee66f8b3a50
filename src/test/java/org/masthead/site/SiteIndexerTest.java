package org.masthead.site;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's index: what each article says of itself, and what is wrong with the files that are bad. */
class SiteIndexerTest {
    @TempDir
    Path dir;

    private static SiteEntry named(List<SiteEntry> entries, String file) {
        return entries.stream()
                .filter(e -> e.path().getFileName().toString().equals(file))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachArticleGivesItsTitleDateCountsTagsAndDraftFlag() throws Exception {
        Path root = Samples.copyTo(dir);
        List<SiteEntry> entries = new SiteIndexer().index(root, (d, t) -> {}, () -> false);
        assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
        assertThat(entries).extracting(SiteEntry::path).isSorted();

        SiteEntry bread = named(entries, "winter-bread-notes.md");
        assertThat(bread.title()).isEqualTo("Notes from a winter of baking bread at home");
        assertThat(bread.date()).as("'Feb 9, 2025' read with the site's format").isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(bread.problem()).isNull();
        assertThat(bread.errors()).isZero();
        assertThat(bread.draft()).as("the article schema has no draft flag").isNull();

        SiteEntry night = named(entries, "night-market-photography.md");
        assertThat(night.tags()).containsExactly("photography", "phones", "night markets");
        assertThat(night.draft()).isFalse();
        assertThat(night.date()).isEqualTo(LocalDate.of(2025, 4, 5));

        assertThat(named(entries, "draft-with-problems.md").errors()).isPositive();
    }

    @Test
    void badFilesAreListedWithTheirProblemAndTheRestIsIndexed() throws Exception {
        Path root = Samples.copyTo(dir).resolve("site");
        Path articles = root.resolve("articles");
        Files.write(
                articles.resolve("latin1.md"),
                new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, '\n', '-', '-', '-', '\n'});
        Files.writeString(articles.resolve("broken.md"), "---\ntitle: \"unclosed\ndes: x\n---\nBody.\n");
        try (RandomAccessFile big =
                new RandomAccessFile(articles.resolve("huge.md").toFile(), "rw")) {
            big.setLength(SiteIndexer.MAX_BYTES + 1);
        }
        Path outside = Files.writeString(dir.resolve("outside.md"), "---\ntitle: x\n---\n");
        Files.createSymbolicLink(articles.resolve("linked.md"), outside);

        List<SiteEntry> entries = new SiteIndexer().index(root, (d, t) -> {}, () -> false);
        assertThat(named(entries, "latin1.md").problem()).contains("UTF-8");
        assertThat(named(entries, "broken.md").errors()).isPositive();
        assertThat(named(entries, "huge.md").problem()).startsWith("too big to index");
        assertThat(named(entries, "linked.md").problem()).contains("outside");
        assertThat(named(entries, "winter-bread-notes.md").problem()).isNull();
    }

    @Test
    void cancellingStopsWithWhatIsDoneAndDatesSortNewestFirst() throws Exception {
        Path root = Samples.copyTo(dir);
        assertThat(new SiteIndexer().index(root, (d, t) -> {}, () -> true)).isEmpty();
        List<SiteEntry> byDate = SiteOrder.DATE.sort(new SiteIndexer().index(root, (d, t) -> {}, () -> false));
        List<LocalDate> dates =
                byDate.stream().map(SiteEntry::date).filter(d -> d != null).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(byDate.get(byDate.size() - 1).date()).as("undated last").isNull();
    }

    @Test
    void aFileThatVanishesWhileTheSiteIsReadIsAnEntryWithItsProblem() {
        SiteEntry gone = new SiteIndexer().entry(dir.resolve("gone.md"));
        assertThat(gone.problem()).contains("vanished");
        assertThat(gone.errors()).isEqualTo(1);
    }
}
