package org.masthead.newarticle;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rename Article: all files move or none, never over a file, and the text follows. */
class ArticleRenameTest {
    @TempDir
    Path site;

    Path article;
    SiteProfile profile;

    @BeforeEach
    void site() throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "schema: article\nimages:\n  folder: img\n");
        Files.createDirectories(site.resolve("articles"));
        Files.createDirectories(site.resolve("img"));
        article = Files.writeString(site.resolve("articles/low-tide.md"), "---\ntitle: Low tide\n---\nBody\n");
        Files.writeString(site.resolve("img/low-tide-1.jpg"), "one");
        Files.writeString(site.resolve("img/low-tide.png"), "two");
        Files.writeString(site.resolve("img/low-tides-map.png"), "not ours");
        profile = ProfileLoader.forArticle(article);
    }

    @Test
    void theArticleAndItsImagesMoveAndTheTextFollows() throws Exception {
        ArticleRename r = ArticleRename.plan(article, profile, "Slack Water!", true);
        assertThat(r.target()).isEqualTo(site.resolve("articles/slack-water.md"));
        assertThat(r.images())
                .extracting(m -> m.to().getFileName().toString())
                .containsExactly("slack-water-1.jpg", "slack-water.png");
        assertThat(r.renamed("https://s.example/articles/low-tide"))
                .isEqualTo("https://s.example/articles/slack-water");
        assertThat(r.renamed("/img/low-tide-1.jpg")).isEqualTo("/img/slack-water-1.jpg");
        assertThat(r.renamedBody("![a](/img/low-tide.png) and /img/low-tides-map.png"))
                .isEqualTo("![a](/img/slack-water.png) and /img/low-tides-map.png");
        r.moveFiles();
        assertThat(site.resolve("articles/slack-water.md")).hasContent("---\ntitle: Low tide\n---\nBody");
        assertThat(article).doesNotExist();
        assertThat(site.resolve("img/slack-water-1.jpg")).hasContent("one");
        assertThat(site.resolve("img/low-tides-map.png"))
                .as("another article's image")
                .exists();
    }

    @Test
    void aTakenNameIsRefusedAndAFailedMovePutsEverythingBack() throws Exception {
        Files.writeString(site.resolve("articles/taken.md"), "other");
        assertThatThrownBy(() -> ArticleRename.plan(article, profile, "Taken", true))
                .isInstanceOf(NewArticleRefused.class)
                .hasMessageContaining("taken.md: exists");
        assertThatThrownBy(() -> ArticleRename.plan(article, profile, "Low tide", true))
                .hasMessageContaining("already named");
        assertThatThrownBy(() -> ArticleRename.plan(article, profile, "🌊", true))
                .hasMessageContaining("no letters");

        ArticleRename r = ArticleRename.plan(article, profile, "neap", true);
        Files.writeString(site.resolve("img/neap.png"), "arrived meanwhile");
        assertThatThrownBy(r::moveFiles).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(article).as("moved back").hasContent("---\ntitle: Low tide\n---\nBody");
        assertThat(site.resolve("img/low-tide-1.jpg")).hasContent("one");
        assertThat(site.resolve("img/neap.png")).hasContent("arrived meanwhile");
        assertThat(site.resolve("articles/neap.md")).doesNotExist();
    }
}
