package org.masthead.newarticle;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.masthead.article.ArticleFinder;
import org.masthead.article.Slug;
import org.masthead.media.ImageImport;
import org.masthead.profile.SiteProfile;

/**
 * Site ▸ Rename Article: a new slug for a saved article. The plan names every file that moves (the
 * article, and the images named after its slug in the site's image folder) and every text change
 * (the canonical URL's last segment, the links to those images); {@link #moveFiles} moves them all
 * or none, and never over a file.
 *
 * @param article the article's file now, and {@code target} its new one (same folder, same extension)
 * @param images  image files named after the old slug, each with its new name (empty if not asked)
 */
public record ArticleRename(Path article, Path target, String oldSlug, String newSlug, List<Move> images) {

    /** One file and where it goes, with the site paths the article's text links it by. */
    public record Move(Path from, Path to, String oldSitePath, String newSitePath) {}

    /** The rename of {@code article} to {@code typed} (made a slug); refused if nothing would change or it is taken. */
    public static ArticleRename plan(Path article, SiteProfile profile, String typed, boolean withImages)
            throws NewArticleRefused, IOException {
        String name = article.getFileName().toString();
        String oldSlug = ArticleFinder.baseName(article);
        String ext = name.length() > oldSlug.length() ? name.substring(oldSlug.length()) : ".md";
        String slug = Slug.of(typed);
        if (slug.isEmpty())
            throw new NewArticleRefused(article, "cannot be named \"" + typed + "\": no letters for a file name");
        Path target = article.resolveSibling(slug + ext);
        if (slug.equals(oldSlug)) throw new NewArticleRefused(article, "is already named " + name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS))
            throw new NewArticleRefused(target, "exists; renaming never replaces a file");
        List<Move> images = withImages ? images(profile, oldSlug, slug) : List.of();
        for (Move m : images) {
            if (Files.exists(m.to(), LinkOption.NOFOLLOW_LINKS))
                throw new NewArticleRefused(m.to(), "exists; renaming never replaces a file");
        }
        return new ArticleRename(article, target, oldSlug, slug, images);
    }

    /** Images in the site's image folder named after the slug ({@code slug-1.jpg}, {@code slug.png}). */
    public static List<Move> images(SiteProfile profile, String oldSlug, String newSlug) throws IOException {
        Path root = profile.siteRoot().toAbsolutePath().normalize();
        Path folder = root.resolve(profile.images().folder());
        List<Move> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String n = f.getFileName().toString();
                if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) continue;
                String rest;
                if (n.startsWith(oldSlug + "-") || n.startsWith(oldSlug + ".")) rest = n.substring(oldSlug.length());
                else continue;
                Path to = f.resolveSibling(newSlug + rest);
                out.add(new Move(f, to, ImageImport.sitePath(root, f), ImageImport.sitePath(root, to)));
            }
        }
        return out;
    }

    /** A value with the moved images' site paths renamed, and a URL ending in the old slug given the new one. */
    public String renamed(String value) {
        String out = value;
        for (Move m : images) out = out.replace(m.oldSitePath(), m.newSitePath());
        if (out.endsWith("/" + oldSlug)) out = out.substring(0, out.length() - oldSlug.length()) + newSlug;
        else if (out.endsWith("/" + oldSlug + "/"))
            out = out.substring(0, out.length() - oldSlug.length() - 1) + newSlug + "/";
        return out;
    }

    /** The body with the moved images' site paths renamed. */
    public String renamedBody(String body) {
        String out = body;
        for (Move m : images) out = out.replace(m.oldSitePath(), m.newSitePath());
        return out;
    }

    /**
     * Moves the article and the images, each by an atomic rename that fails rather than replace; if
     * one fails, those already moved go back, and the error says which.
     */
    public void moveFiles() throws IOException {
        List<Move> all = new ArrayList<>();
        all.add(new Move(article, target, "", ""));
        all.addAll(images);
        List<Move> done = new ArrayList<>();
        try {
            for (Move m : all) {
                if (Files.exists(m.to(), LinkOption.NOFOLLOW_LINKS))
                    throw new FileAlreadyExistsException(m.to().toString());
                Files.move(m.from(), m.to());
                done.add(m);
            }
        } catch (IOException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                try {
                    Files.move(done.get(i).to(), done.get(i).from());
                } catch (IOException back) {
                    e.addSuppressed(back);
                }
            }
            throw e;
        }
    }

    /** Puts the moved files back (the article could not be saved under its new name). */
    public void moveBack() throws IOException {
        Files.move(target, article);
        for (Move m : images) Files.move(m.to(), m.from());
    }
}
