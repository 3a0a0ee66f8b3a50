package org.masthead.spell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WordListTest {
    @Test
    void addedWordsAreWrittenSortedOneALine(@TempDir Path site) throws IOException {
        WordList list = new WordList(site.resolve(".masthead/words.txt"), site);
        assertThat(list.add("quayside")).isTrue();
        assertThat(list.add("Masthead")).isTrue();
        assertThat(list.add("masthead")).isTrue();
        assertThat(list.add("Aberdour")).isTrue();
        assertThat(list.add("quayside")).isFalse();
        assertThat(Files.readString(site.resolve(".masthead/words.txt")))
                .isEqualTo("Aberdour\nMasthead\nmasthead\nquayside\n");
    }

    @Test
    void twoWritersAdditionsMergeAsLinesInOrder(@TempDir Path site) throws IOException {
        // Each writer adds to the same list; sorted lines mean git sees two separate insertions.
        Path file = site.resolve("words.txt");
        Files.writeString(file, "alpha\ngamma\nomega\n");
        new WordList(file, site).add("beta");
        assertThat(Files.readAllLines(file)).containsExactly("alpha", "beta", "gamma", "omega");
    }

    @Test
    void changesOnDiskAreReadAgain(@TempDir Path site) throws IOException {
        Path file = site.resolve("words.txt");
        WordList list = new WordList(file, site);
        assertThat(list.contains("quayside")).isFalse();
        Files.writeString(file, "# the site's words\nquayside\n");
        assertThat(list.contains("quayside")).isTrue();
        assertThat(list.words()).containsExactly("quayside");
    }

    @Test
    void aListLinkedOutOfTheSiteIsNeitherReadNorWritten(@TempDir Path dir) throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/.masthead"));
        Path outside = Files.writeString(dir.resolve("elsewhere.txt"), "secret\n");
        Files.createSymbolicLink(site.resolve("words.txt"), outside);
        WordList list = new WordList(site.resolve("words.txt"), dir.resolve("site"));
        assertThat(list.contains("secret")).isFalse();
        assertThatThrownBy(() -> list.add("quayside")).hasMessageContaining("leads out of the site");
        assertThat(Files.readString(outside)).isEqualTo("secret\n");
    }
}
