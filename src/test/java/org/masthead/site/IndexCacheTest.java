package org.masthead.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** The site's index between runs: stored outside the site, reused for what did not change. */
class IndexCacheTest {
    @TempDir
    Path dir;

    private static SiteEntry named(List<SiteEntry> entries, String file) {
        return entries.stream()
                .filter(e -> e.path().getFileName().toString().equals(file))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void entriesComeBackAsStoredAndOnlyForTheSameSiteAndProfile() throws Exception {
        Path site = Samples.copyTo(dir.resolve("s")).resolve("site");
        IndexCache cache = new IndexCache(dir.resolve("cache"));
        List<SiteEntry> entries = new SiteIndexer().index(site, (d, t) -> {}, () -> false);
        String stamp = SiteIndexer.stamp(site);
        cache.store(site, stamp, entries);

        assertThat(cache.fileFor(site)).startsWith(dir.resolve("cache"));
        assertThat(cache.fileFor(site).startsWith(site)).isFalse();
        assertThat(cache.load(site, stamp)).contains(entries);
        assertThat(cache.load(site, "another profile")).isEmpty();
        assertThat(cache.load(dir.resolve("s"), stamp)).as("another site").isEmpty();

        Files.write(cache.fileFor(site), new byte[] {0x4D, 0x48, 0x49, 0x58, 0, 0, 0, 1, (byte) 0xFF});
        assertThat(cache.load(site, stamp)).as("a damaged cache is ignored").isEmpty();
    }

    @Test
    void aRefreshReadsOnlyWhatChangedDropsWhatWentAndAddsWhatCame() throws Exception {
        Path site = Samples.copyTo(dir.resolve("s")).resolve("site");
        Path articles = site.resolve("articles");
        SiteIndexer indexer = new SiteIndexer();
        List<SiteEntry> first = new ArrayList<>(indexer.index(site, (d, t) -> {}, () -> false));
        // A cached title no file has: kept only if the file is not read again.
        SiteEntry tides = named(first, "reading-the-tide-tables.md");
        first.set(
                first.indexOf(tides),
                new SiteEntry(
                        tides.path(),
                        "FROM THE CACHE",
                        tides.date(),
                        0,
                        0,
                        0,
                        tides.tags(),
                        tides.draft(),
                        tides.modified(),
                        tides.size(),
                        null,
                        tides.words()));

        Path bread = articles.resolve("winter-bread-notes.md");
        Files.writeString(bread, Files.readString(bread).replace("Notes from a winter", "Notes from one winter"));
        Files.setLastModifiedTime(
                bread, FileTime.fromMillis(named(first, "winter-bread-notes.md").modified() + 5000));
        Files.delete(articles.resolve("the-card-catalogue-rebuilt.md"));
        Files.writeString(articles.resolve("new.md"), "---\ntitle: \"Fresh\"\n---\n\nNew.\n");

        List<SiteEntry> again = indexer.refresh(site, first, (d, t) -> {}, () -> false);
        assertThat(named(again, "reading-the-tide-tables.md").title()).isEqualTo("FROM THE CACHE");
        assertThat(named(again, "winter-bread-notes.md").title()).startsWith("Notes from one winter");
        assertThat(named(again, "new.md").title()).isEqualTo("Fresh");
        assertThat(again).noneMatch(e -> e.path().endsWith("the-card-catalogue-rebuilt.md"));
    }

    @Test
    void theCacheFolderFollowsEachSystemsRule() {
        assertThat(CacheFolder.of("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "/c")))
                .contains(Path.of("/c/masthead"));
        assertThat(CacheFolder.of("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "rel")))
                .contains(Path.of("/home/a/.cache/masthead"));
        assertThat(CacheFolder.of("Mac OS X", "/Users/a", Map.of()))
                .contains(Path.of("/Users/a/Library/Caches/Masthead"));
    }
}
