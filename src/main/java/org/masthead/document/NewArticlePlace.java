package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;

import org.masthead.profile.FieldRole;
import org.masthead.profile.RoleValues;

/**
 * Where a new article's first save is offered: the folder the writer's articles are in (the last
 * one opened or saved there, else the site's root), under a name made from its title.
 */
public final class NewArticlePlace {
    private static final int MAX_SLUG = 80;

    private NewArticlePlace() {}

    /** The folder to offer: {@code lastArticleFolder} when it still exists, else the site root (or null). */
    public static Path folder(ArticleDocument doc, Path lastArticleFolder) {
        if (doc.path() != null) return doc.path().toAbsolutePath().getParent();
        if (lastArticleFolder != null && Files.isDirectory(lastArticleFolder)) return lastArticleFolder;
        Path root = doc.profile().siteRoot();
        return root != null && Files.isDirectory(root) ? root : null;
    }

    /** "reading-the-tide-tables.md" from the title; "untitled.md" without one. */
    public static String fileName(ArticleDocument doc) {
        if (doc.path() != null) return doc.article().displayName();
        String title = doc.article()
                .frontMatter()
                .map(fm -> new RoleValues(fm, doc.schema()).first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE))
                .orElse("");
        String slug = slug(title);
        return (slug.isEmpty() ? "untitled" : slug) + ".md";
    }

    /**
     * Lower-case words joined by hyphens ("Crème brûlée, at last!" → "creme-brulee-at-last"); accents
     * come off Latin letters, other scripts keep their letters.
     */
    public static String slug(String title) {
        String plain = Normalizer.normalize(
                        Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("(?<=[A-Za-z])\\p{M}+", ""),
                        Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        String s = plain.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() <= MAX_SLUG) return s;
        int cut = s.lastIndexOf('-', MAX_SLUG);
        return s.substring(0, cut > 0 ? cut : MAX_SLUG);
    }
}
