package org.masthead.render;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.masthead.article.Article;
import org.masthead.profile.SiteProfile;
import org.masthead.text.Urls;

/**
 * Finds the local file behind an image reference: "/images/x.png" under the site root, "x.png"
 * beside the article, or an absolute URL on the site's own base URL. Only files inside the site
 * root or the article's folder are found, so an article cannot pull in "../../etc/passwd"; and the
 * test is made on real paths, so neither can a linked file or folder that leads out of the site.
 * Every reader of a local image (export, copied assets, preview, cards, checks, the form's
 * thumbnail) finds it here.
 */
public final class LocalAssets {
    private final Path siteRoot;
    private final Path articleFolder;
    private final String baseUrl;

    public LocalAssets(Path siteRoot, Path articleFolder, String baseUrl) {
        this.siteRoot = siteRoot == null ? null : siteRoot.toAbsolutePath().normalize();
        this.articleFolder =
                articleFolder == null ? null : articleFolder.toAbsolutePath().normalize();
        this.baseUrl = baseUrl == null ? "" : baseUrl;
    }

    /** The images of one article: under the profile's site root, or beside the article (the site root if unsaved). */
    public static LocalAssets forArticle(Article article, SiteProfile profile, String baseUrl) {
        Path folder = article.path() == null
                ? profile.siteRoot()
                : article.path().toAbsolutePath().getParent();
        return new LocalAssets(profile.siteRoot(), folder, baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Optional<Path> find(String ref) {
        if (ref == null || ref.isBlank()) return Optional.empty();
        String r = ref.strip();
        int cut = indexOfAny(r, '?', '#');
        if (cut >= 0) r = r.substring(0, cut);
        if (Urls.isAbsoluteHttp(r)) {
            Optional<String> onSite = pathOnSite(r);
            if (onSite.isEmpty()) return Optional.empty();
            r = onSite.get();
        } else if (r.contains(":")) {
            return Optional.empty();
        }
        String path = URLDecoder.decode(r.replace("+", "%2B"), StandardCharsets.UTF_8);
        try {
            if (path.startsWith("/")) return within(siteRoot, path.substring(1));
            return within(articleFolder, path).or(() -> within(siteRoot, path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Where a site-relative path, or a URL on the site's base URL, would be, found or not (for messages). */
    public Optional<Path> expected(String ref) {
        if (ref == null || ref.isBlank() || siteRoot == null) return Optional.empty();
        String r = ref.strip();
        if (Urls.isAbsoluteHttp(r)) {
            Optional<String> onSite = pathOnSite(r);
            if (onSite.isEmpty()) return Optional.empty();
            r = onSite.get();
        }
        try {
            return Optional.of(
                    r.startsWith("/")
                            ? siteRoot.resolve(r.substring(1)).normalize()
                            : (articleFolder != null ? articleFolder : siteRoot)
                                    .resolve(r)
                                    .normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** The path part of a URL on the site's own base URL ("/images/x.png"); empty for any other site. */
    private Optional<String> pathOnSite(String url) {
        if (baseUrl.isEmpty() || !url.startsWith(baseUrl + "/")) return Optional.empty();
        return Optional.of(url.substring(baseUrl.length()));
    }

    private Optional<Path> within(Path root, String relative) {
        if (root == null) return Optional.empty();
        Path p = root.resolve(relative).normalize();
        boolean inside = p.startsWith(root)
                || (siteRoot != null && p.startsWith(siteRoot))
                || (articleFolder != null && p.startsWith(articleFolder));
        return inside && Files.isRegularFile(p) && realPathInside(p) ? Optional.of(p) : Optional.empty();
    }

    /** Links are resolved: the file itself must be inside the site (or the article's folder). */
    private boolean realPathInside(Path p) {
        try {
            Path real = p.toRealPath();
            return (siteRoot != null && real.startsWith(real(siteRoot)))
                    || (articleFolder != null && real.startsWith(real(articleFolder)));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path real(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            return folder;
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a), j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }
}
