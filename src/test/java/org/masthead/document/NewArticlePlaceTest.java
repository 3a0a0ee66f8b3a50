package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** A new article's first save is offered in the site, under a name from its title, and ends its last line. */
class NewArticlePlaceTest {
    @TempDir
    Path site;

    @Test
    void aNewArticleIsOfferedTheLastArticleFolderElseTheSiteRootAndANameFromItsTitle() throws Exception {
        ArticleDocument doc = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, SiteProfile.defaults(site));
        assertThat(NewArticlePlace.fileName(doc)).isEqualTo("untitled.md");
        assertThat(NewArticlePlace.folder(doc, null)).isEqualTo(site);
        Path articles = Files.createDirectories(site.resolve("articles"));
        assertThat(NewArticlePlace.folder(doc, articles)).isEqualTo(articles);
        assertThat(NewArticlePlace.folder(doc, site.resolve("gone"))).isEqualTo(site);

        doc.setText("title", "Low Water at Dawn", false);
        assertThat(NewArticlePlace.fileName(doc)).isEqualTo("low-water-at-dawn.md");
        // Other scripts are no longer kept in the name: a dated one stands in.
        doc.setText("title", "東京の夜市", false);
        assertThat(NewArticlePlace.fileName(doc)).isEqualTo(LocalDate.now() + "-1.md");
    }

    @Test
    void theFirstSaveOfANewArticleEndsItsLastLine() throws Exception {
        ArticleDocument doc = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, SiteProfile.defaults(site));
        doc.setBody("\nNo newline at the end");
        Path file = site.resolve("new.md");
        doc.saveAs(file);
        assertThat(Files.readString(file)).endsWith("No newline at the end\n");
        assertThat(doc.isDirty()).isFalse();
        // A file that was not ours keeps its ending.
        Path other = site.resolve("other.md");
        Files.writeString(other, "---\ntitle: x\n---\nno end");
        ArticleDocument opened = ArticleDocument.open(other);
        opened.saveAs(site.resolve("copy.md"));
        assertThat(Files.readString(site.resolve("copy.md"))).endsWith("no end");
    }
}
