package org.masthead.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Search Site: matches by article and line, as an editor counts them, within a cap. */
class SiteSearchTest {
    @TempDir
    Path dir;

    private static List<SiteSearch.FileMatches> search(Path root, SiteSearch.Query q) throws Exception {
        List<SiteSearch.FileMatches> out = new ArrayList<>();
        SiteSearch.search(root, q, out::add, () -> false);
        return out;
    }

    @Test
    void wordsAreFoundInHeadersAndBodiesWithTheirLineAndColumn() throws Exception {
        Path root = dir.resolve("site");
        Files.createDirectories(root);
        Files.writeString(
                root.resolve("a.md"), "---\ntitle: \"Harbour walls\"\n---\n\nThe harbour at 😀 low harbour.\n");
        Files.writeString(root.resolve("b.md"), "---\ntitle: x\n---\nNothing here.\n");
        Files.write(root.resolve("c.md"), new byte[] {'h', 'a', 'r', 'b', 'o', 'u', 'r', ' ', (byte) 0xE9});
        List<SiteSearch.FileMatches> found = search(root, new SiteSearch.Query("harbour", false, false, false));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).matches())
                .extracting(SiteSearch.Match::line, SiteSearch.Match::column)
                .containsExactly(tuple(2, 9), tuple(5, 5), tuple(5, 22));
        assertThat(found.get(0).matches().get(1).lineText()).isEqualTo("The harbour at 😀 low harbour.");
        assertThat(search(root, new SiteSearch.Query("Harbour", false, true, false)))
                .hasSize(1);
        assertThat(search(root, new SiteSearch.Query("harb", false, false, true)))
                .as("whole words")
                .isEmpty();
        assertThat(search(root, new SiteSearch.Query("h.rbour\\b", true, false, false))
                        .get(0)
                        .matches())
                .hasSize(3);
    }

    @Test
    void aPatternThatMatchesEverythingStopsAtTheCapAndABadOneIsRefused() throws Exception {
        Path root = Samples.copyTo(dir);
        List<SiteSearch.FileMatches> out = new ArrayList<>();
        boolean capped = SiteSearch.search(root, new SiteSearch.Query(".", true, false, false), out::add, () -> false);
        assertThat(capped).isTrue();
        assertThat(out.stream().mapToInt(f -> f.matches().size()).sum()).isEqualTo(SiteSearch.MAX_MATCHES);
        assertThatThrownBy(() -> search(root, new SiteSearch.Query("(", true, false, false)))
                .isInstanceOf(PatternSyntaxException.class);
    }

    @Test
    void aLinkOutOfTheSiteIsNeverSearched() throws Exception {
        Path root = Files.createDirectories(dir.resolve("linked-site"));
        Path outside = Files.writeString(dir.resolve("secret.md"), "---\ntitle: x\n---\nharbour secret\n");
        Files.createSymbolicLink(root.resolve("in.md"), outside);
        Files.writeString(root.resolve("own.md"), "---\ntitle: y\n---\nharbour\n");
        assertThat(search(root, new SiteSearch.Query("harbour", false, false, false)))
                .extracting(f -> f.file().getFileName().toString())
                .containsExactly("own.md");
    }
}
