package org.masthead.recovery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class RecoveryStoreTest {
    @TempDir
    Path dir;

    @Test
    void aLiveInstancesDraftsAreNotOrphansAndAnAbandonedOnesAre() throws Exception {
        RecoveryStore first = new RecoveryStore(dir);
        Path article = dir.resolve("site/a.md");
        String key = first.keyFor(article);
        String text = "---\ntitle: T\n---\n\nÜnïcödé 🌊 text\r\nwith CRLF\n";
        first.write(key, article, text, StandardCharsets.UTF_8, true);
        RecoveryStore second = new RecoveryStore(dir);
        assertThat(second.orphans()).isEmpty();

        first.abandon();
        var orphans = second.orphans();
        assertThat(orphans).hasSize(1);
        Draft d = orphans.get(0);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.article()).contains(article.toAbsolutePath().normalize());
        assertThat(d.bom()).isTrue();
        assertThat(d.displayName()).isEqualTo("a.md");

        String mine = second.keyFor(article);
        second.adopt(d, mine);
        assertThat(second.orphans())
                .as("adopted: the second instance owns it now")
                .isEmpty();
        assertThat(Files.readString(dir.resolve(mine + ".draft"))).endsWith(text);
        second.delete(mine);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).as("no temporary files left behind").isEmpty();
        }
    }

    @Test
    void draftsOfDeadProcessesAreOrphansAndBrokenFilesAreSkipped() throws Exception {
        Files.writeString(
                dir.resolve("dead.draft"),
                "masthead-draft 1\nowner: 999999999:1:x\narticle: \nwritten: 2026-01-01T00:00:00Z\n"
                        + "charset: windows-1252\nbom: false\n\nText of a new article");
        Files.writeString(dir.resolve("broken.draft"), "not a draft at all");
        var orphans = new RecoveryStore(dir).orphans();
        assertThat(orphans).hasSize(1);
        assertThat(orphans.get(0).article()).isEmpty();
        assertThat(orphans.get(0).displayName()).isEqualTo("Untitled article");
        assertThat(orphans.get(0).charset().name()).isEqualTo("windows-1252");
        assertThat(orphans.get(0).text()).isEqualTo("Text of a new article");
    }

    @Test
    void untitledArticlesGetKeysOfTheirOwn() {
        RecoveryStore s = new RecoveryStore(dir);
        assertThat(s.keyFor(null)).isNotEqualTo(s.keyFor(null)).startsWith("untitled-");
        assertThat(s.keyFor(dir.resolve("a.md"))).isEqualTo(s.keyFor(dir.resolve("./a.md")));
        assertThat(s.keyFor(dir.resolve("a.md"))).isNotEqualTo(new RecoveryStore(dir).keyFor(dir.resolve("a.md")));
    }
}
