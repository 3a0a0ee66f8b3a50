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

import org.masthead.document.ArticleDocument;
import org.masthead.newarticle.ArticlePlace;
import org.masthead.newarticle.FirstSavePlace;
import org.masthead.newarticle.NewArticle;
import org.masthead.newarticle.NewArticleRefused;
import org.masthead.newarticle.NewArticles;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.source.SourceException;
import org.masthead.ui.files.FileActions;

/**
 * Site ▸ New Article: a new article started the site's way (its {@code new_article} rules and
 * template, today's date). Until its first save, the slug, the canonical URL and the file follow
 * the title ({@link FirstSavePlace}); the first save goes there, without asking unless that file
 * exists or its folder is missing.
 */
final class NewInSite {
    private final Map<ArticleDocument, FirstSavePlace> started = Collections.synchronizedMap(new WeakHashMap<>());
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
            FirstSavePlace place = new FirstSavePlace(profile, today, plan.slug());
            place.attach(doc);
            started.put(doc, place);
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

    /** Where the first save of an article started here goes (the form shows it), or empty. */
    Optional<FirstSavePlace> place(ArticleDocument doc) {
        return startedHere(doc) ? Optional.of(started.get(doc)) : Optional.empty();
    }

    /** The first save of an article started here; false if it is still unsaved. */
    boolean firstSave(ArticleDocument doc) {
        FirstSavePlace place = started.get(doc);
        Path file = place.file(doc);
        boolean saved;
        if (claim(doc.profile(), file)) {
            saved = files.saveTo(doc, file);
            if (!saved) deleteClaim(file);
        } else {
            saved = files.saveAs(doc, file.getParent(), file.getFileName().toString());
        }
        if (saved) {
            started.remove(doc);
            place.detach(doc);
        }
        return saved;
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
}
