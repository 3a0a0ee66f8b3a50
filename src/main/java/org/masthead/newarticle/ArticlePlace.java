package org.masthead.newarticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;

import org.masthead.article.Slug;
import org.masthead.profile.NewArticleRules;
import org.masthead.profile.SiteProfile;

/**
 * Where a site's new article goes and what its address is, from the profile's {@code new_article} rules. Paths
 * start at the site's folder ({@link SiteProfile#siteFolder}) and may not leave it, by {@code ..} or through a
 * link.
 */
public final class ArticlePlace {
    private ArticlePlace() {}

    /** The folder new articles go in: the rules' folder, else {@code articles} when the site has one, else the site. */
    public static Path folder(SiteProfile profile) {
        Path site = site(profile);
        String folder = profile.newArticle().folder();
        if (folder != null) return site.resolve(folder).normalize();
        Path articles = site.resolve(NewArticleRules.DEFAULT_FOLDER);
        return Files.isDirectory(articles) ? articles : site;
    }

    /** The new article's file (not checked: see {@link #checkInside}). */
    public static Path file(SiteProfile profile, String slug, LocalDate date) {
        String name = Tokens.fill(profile.newArticle().filePattern(), Tokens.forPath(slug, date, ""));
        return folder(profile).resolve(name).normalize();
    }

    /** The canonical URL from the rules' pattern; empty when the site has none (no base URL, no url pattern). */
    public static String url(SiteProfile profile, String slug, LocalDate date) {
        String pattern = profile.newArticle().urlPatternFor(profile.baseUrl());
        return Tokens.fill(pattern, Tokens.forPath(slug, date, profile.baseUrl()));
    }

    /**
     * The slug for a title ({@link Slug#of}); a title that gives none gets the date and the first counter whose
     * file does not exist yet.
     */
    public static String slug(SiteProfile profile, String title, LocalDate date) {
        return Slug.orFallback(
                title, date, candidate -> Files.exists(file(profile, candidate, date), LinkOption.NOFOLLOW_LINKS));
    }

    /**
     * Refuses a file outside the site's folder, or one that a link among its existing folders leads out of it;
     * folders that do not exist yet are fine (they will be made inside).
     */
    public static void checkInside(SiteProfile profile, Path file) throws NewArticleRefused, IOException {
        Path site = site(profile);
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(site) || target.equals(site))
            throw new NewArticleRefused(file, "is outside the site " + site + "; check new_article in masthead.yml");
        Path realSite = site.toRealPath();
        Path existing = target.getParent();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null || !existing.toRealPath().startsWith(realSite))
            throw new NewArticleRefused(file, "a link leads out of the site " + site + "; nothing was written");
        if (Files.isSymbolicLink(target))
            throw new NewArticleRefused(file, "exists (a link); a new article never replaces a file");
    }

    private static Path site(SiteProfile profile) {
        return profile.siteFolder().toAbsolutePath().normalize();
    }
}
