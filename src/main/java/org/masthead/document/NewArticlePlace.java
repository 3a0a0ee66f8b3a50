package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.masthead.article.Slug;
import org.masthead.profile.FieldRole;
import org.masthead.profile.RoleValues;

/**
 * Where a new article's first save is offered: the folder the writer's articles are in (the last
 * one opened or saved there, else the site's root), under a name made from its title.
 */
public final class NewArticlePlace {
    private NewArticlePlace() {}

    /** The folder to offer: {@code lastArticleFolder} when it still exists, else the site root (or null). */
    public static Path folder(ArticleDocument doc, Path lastArticleFolder) {
        if (doc.path() != null) return doc.path().toAbsolutePath().getParent();
        if (lastArticleFolder != null && Files.isDirectory(lastArticleFolder)) return lastArticleFolder;
        Path root = doc.profile().siteRoot();
        return root != null && Files.isDirectory(root) ? root : null;
    }

    /**
     * "reading-the-tide-tables.md" from the title ({@link Slug}); a title with no ASCII letter or digit
     * gets today's date ("2026-11-29-1.md"); "untitled.md" without a title.
     */
    public static String fileName(ArticleDocument doc) {
        if (doc.path() != null) return doc.article().displayName();
        String title = doc.article()
                .frontMatter()
                .map(fm -> new RoleValues(fm, doc.schema()).first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE))
                .orElse("");
        if (title.isBlank()) return "untitled.md";
        // The save dialog asks before replacing a file, so no name is counted as taken here.
        return Slug.orFallback(title, LocalDate.now(), name -> false) + ".md";
    }
}
