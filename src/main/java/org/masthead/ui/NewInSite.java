package org.masthead.ui;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.masthead.article.Article;
import org.masthead.document.ArticleDocument;
import org.masthead.newarticle.ArticlePlace;
import org.masthead.newarticle.NewArticle;
import org.masthead.newarticle.NewArticleRefused;
import org.masthead.newarticle.NewArticles;
import org.masthead.profile.FieldRole;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;
import org.masthead.ui.files.FileActions;

/**
 * Site ▸ New Article: a new article started the site's way (its {@code new_article} rules and
 * template, today's date). Until its first save, the canonical URL and slug the rules made follow
 * the title; the first save goes to the place the title gives, without asking unless that file
 * exists or its folder is missing.
 */
final class NewInSite {
    /** How an article was started: its date, the URL and slug planned for it, and its first body. */
    private record Started(LocalDate date, String url, String slug, String body) {}

    private final Map<ArticleDocument, Started> started = Collections.synchronizedMap(new WeakHashMap<>());
    private final Supplier<Path> site;
    private final FileActions files;
    private final Consumer<String> status;

    NewInSite(Supplier<Path> site, FileActions files, Consumer<String> status) {
        this.site = site;
        this.files = files;
        this.status = status;
    }

    /** The open site's new article, or empty when no site is open or its rules cannot start one. */
    Optional<ArticleDocument> start() {
        Path root = site.get();
        if (root == null) return Optional.empty();
        LocalDate today = LocalDate.now();
        try {
            SiteProfile profile = ProfileLoader.forArticle(root.resolve("new-article.md"));
            NewArticle plan = NewArticles.plan(profile, "", today, Map.of());
            ArticleDocument doc = ArticleDocument.untitled(plan.text(), profile);
            started.put(
                    doc,
                    new Started(today, plan.url(), plan.slug(), doc.article().body()));
            if (!plan.warnings().isEmpty())
                status.accept("The site's new_article rules have a problem: "
                        + plan.warnings().get(0).getMessage());
            return Optional.of(doc);
        } catch (IOException | SourceException | NewArticleRefused e) {
            files.error("A new article cannot start the site's way", e.getMessage());
            return Optional.empty();
        }
    }

    boolean startedHere(ArticleDocument doc) {
        return doc != null && doc.isUntitled() && started.containsKey(doc);
    }

    /** The first save of an article started here; false if it is still unsaved. */
    boolean firstSave(ArticleDocument doc) {
        Started s = started.get(doc);
        SiteProfile profile = doc.profile();
        String title = text(doc, FieldRole.PAGE_TITLE);
        String slug = ArticlePlace.slug(profile, title, s.date());
        Path file = ArticlePlace.file(profile, slug, s.date());
        follow(doc, FieldRole.CANONICAL_URL, s.url(), ArticlePlace.url(profile, slug, s.date()));
        follow(doc, FieldRole.SLUG, s.slug(), slug);
        fillBody(doc, s, title);
        boolean saved;
        if (claim(profile, file)) {
            saved = files.saveTo(doc, file);
            if (!saved) deleteClaim(file);
        } else {
            saved = files.saveAs(doc, file.getParent(), file.getFileName().toString());
        }
        if (saved) started.remove(doc);
        return saved;
    }

    /** A field the rules filled follows the title, unless the writer changed it. */
    private static void follow(ArticleDocument doc, FieldRole role, String planned, String now) {
        doc.schema().fieldFor(role).map(f -> f.key()).ifPresent(key -> {
            String current = doc.article().frontMatter().map(fm -> fm.text(key)).orElse(null);
            if (current == null || !current.equals(planned) || current.equals(now)) return;
            try {
                doc.setValue(key, now);
            } catch (SourceException e) {
                // The header no longer parses: the writer's own text wins, the field stays as it is.
                System.getLogger(NewInSite.class.getName()).log(System.Logger.Level.DEBUG, "not followed", e);
            }
        });
    }

    /**
     * The template's body was filled before there was a title ({title} empty): if the writer left
     * it as it was, it is filled again with the title now given.
     */
    private static void fillBody(ArticleDocument doc, Started s, String title) {
        if (title.isBlank() || !doc.article().body().equals(s.body())) return;
        try {
            String body = Article.of(
                            null,
                            NewArticles.plan(doc.profile(), title, s.date(), Map.of())
                                    .text(),
                            false)
                    .body();
            if (!body.equals(s.body())) doc.setBody(body);
        } catch (IOException | SourceException | NewArticleRefused e) {
            System.getLogger(NewInSite.class.getName()).log(System.Logger.Level.DEBUG, "body kept", e);
        }
    }

    /** Takes the name for this article: false if it exists, its folder is missing, or it leads out of the site. */
    private static boolean claim(SiteProfile profile, Path file) {
        try {
            ArticlePlace.checkInside(profile, file);
            if (!Files.isDirectory(file.getParent())) return false;
            Files.createFile(file);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException | NewArticleRefused e) {
            return false;
        }
    }

    private static void deleteClaim(Path file) {
        try {
            if (Files.size(file) == 0) Files.delete(file);
        } catch (IOException e) {
            System.getLogger(NewInSite.class.getName()).log(System.Logger.Level.DEBUG, "claim left", e);
        }
    }

    private static String text(ArticleDocument doc, FieldRole role) {
        return doc.schema()
                .fieldFor(role)
                .flatMap(f -> doc.article().frontMatter().map(fm -> fm.text(f.key())))
                .orElse("");
    }
}
