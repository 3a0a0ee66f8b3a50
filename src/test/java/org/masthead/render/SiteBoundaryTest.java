package org.masthead.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;
import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.cards.Card;
import org.masthead.cards.CardSet;
import org.masthead.check.ArticleChecker;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.CliRunner.run;

/** No file whose real path is outside the site is read, whatever link leads to it. */
class SiteBoundaryTest {
    @TempDir
    Path dir;

    Path site;
    Path article;
    Path outside;
    Path images;

    @BeforeEach
    void siteWithAnOutsideImage() throws Exception {
        site = Samples.copyTo(dir).resolve("site");
        article = site.resolve("articles/winter-bread-notes.md");
        images = site.resolve("images/posts_img");
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.move(images.resolve("winter-bread.png"), outside.resolve("secret.png"));
    }

    private List<Path> previewReads() throws Exception {
        Article a = ArticleFiles.read(article);
        SiteProfile profile = ProfileLoader.forArticle(article);
        List<Path> asked = new ArrayList<>();
        ArticleRenderer.render(a, profile, PageOptions.preview(f -> {
                    asked.add(f);
                    return "data:";
                }))
                .html();
        return asked;
    }

    private void assertNothingOutsideIsRead() throws Exception {
        Path real = outside.toRealPath();
        assertThat(previewReads()).noneMatch(p -> realOrSelf(p).startsWith(real));
        Article a = ArticleFiles.read(article);
        SiteProfile profile = ProfileLoader.forArticle(article);
        assertThat(ArticleChecker.check(a, profile)).anyMatch(f -> f.message().contains("not found"));
        for (Card c : CardSet.of(a, profile, CardSet.XCard.PAGE))
            assertThat(c.image().toString()).doesNotContain("secret");
        Path out = dir.resolve("export");
        assertThat(run(
                                "export",
                                article.toString(),
                                "-o",
                                out.resolve("page.html").toString(),
                                "--copy-assets")
                        .code())
                .isZero();
        try (var files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> p.getFileName().toString()))
                    // The site's stylesheet's own image is the site's, copied beside the page.
                    .containsExactlyInAnyOrder("page.html", "waves.svg");
        }
        assertThat(Files.readString(out.resolve("page.html"))).doesNotContain("og:image:width");
    }

    private static Path realOrSelf(Path p) {
        try {
            return p.toRealPath();
        } catch (Exception e) {
            return p;
        }
    }

    @Test
    void aLinkedImageFileOutsideTheSite() throws Exception {
        Files.createSymbolicLink(images.resolve("winter-bread.png"), outside.resolve("secret.png"));
        assertThat(new LocalAssets(site, article.getParent(), "").find("/images/posts_img/winter-bread.png"))
                .isEmpty();
        assertNothingOutsideIsRead();
    }

    @Test
    void aLinkedFolderOutsideTheSite() throws Exception {
        Files.move(outside.resolve("secret.png"), outside.resolve("winter-bread.png"));
        List<Path> rest;
        try (var files = Files.list(images)) {
            rest = files.toList();
        }
        for (Path p : rest) Files.move(p, outside.resolve(p.getFileName()));
        Files.delete(images);
        Files.createSymbolicLink(images, outside);
        assertThat(new LocalAssets(site, article.getParent(), "").find("/images/posts_img/tide-tables.webp"))
                .isEmpty();
        Path real = outside.toRealPath();
        assertThat(previewReads()).noneMatch(p -> realOrSelf(p).startsWith(real));
    }

    @Test
    void aRelativeLinkChainAndABodyImage() throws Exception {
        Path hop = Files.createSymbolicLink(site.resolve("hop"), Path.of("../../outside"));
        Files.createSymbolicLink(images.resolve("winter-bread.png"), Path.of("../../hop/secret.png"));
        Files.writeString(
                article, Files.readString(article) + "\n![again](../hop/secret.png)\n![and](/hop/secret.png)\n");
        assertThat(new LocalAssets(site, article.getParent(), "").find("/hop/secret.png"))
                .isEmpty();
        assertThat(hop).exists();
        assertNothingOutsideIsRead();
    }

    @Test
    void aShareImageOnTheSitesOwnUrlThroughALink() throws Exception {
        Files.createSymbolicLink(images.resolve("winter-bread.png"), outside.resolve("secret.png"));
        assertThat(new LocalAssets(site, article.getParent(), "https://harbournotes.example")
                        .find("https://harbournotes.example/images/posts_img/winter-bread.png"))
                .isEmpty();
    }

    @Test
    void linksThatStayInsideTheSiteStillWork() throws Exception {
        Files.copy(outside.resolve("secret.png"), images.resolve("real-bread.png"));
        Files.createSymbolicLink(images.resolve("winter-bread.png"), Path.of("real-bread.png"));
        assertThat(new LocalAssets(site, article.getParent(), "").find("/images/posts_img/winter-bread.png"))
                .isPresent();
        assertThat(previewReads()).isNotEmpty();
        assertThat(new LocalAssets(site, article.getParent(), "").find("/../outside/secret.png"))
                .isEmpty();
        assertThat(new LocalAssets(site, article.getParent(), "").find("../../outside/secret.png"))
                .isEmpty();
    }
}
