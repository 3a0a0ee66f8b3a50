package org.masthead.newarticle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.masthead.profile.SiteProfile;
import org.masthead.source.AtomicFile;
import org.masthead.source.SourceException;

/**
 * Starts an article the site's way ({@code new_article} in masthead.yml), for the command line and the window.
 * {@link #plan} decides the file and the text without touching the disk; {@link #write} writes a plan, never over
 * a file.
 */
public final class NewArticles {
    private NewArticles() {}

    /**
     * The new article for a title on a date; spaces around the title are dropped.
     *
     * @param sets values to set after the template's, in order ({@code tags} → "a, b" for a list)
     * @throws SourceException  the template's header does not parse, or a value cannot be written in it
     * @throws NewArticleRefused the file would be outside the site, or through a link out of it
     */
    public static NewArticle plan(SiteProfile profile, String typedTitle, LocalDate date, Map<String, String> sets)
            throws SourceException, NewArticleRefused, IOException {
        String title = typedTitle.strip();
        String slug = ArticlePlace.slug(profile, title, date);
        Path file = ArticlePlace.file(profile, slug, date);
        ArticlePlace.checkInside(profile, file);
        String url = ArticlePlace.url(profile, slug, date);
        String text = new NewArticleText(profile, title, slug, url, date).build(sets);
        return new NewArticle(file, slug, url, text, profile.newArticle().problems());
    }

    /** The body {@link #plan} starts an article with for this title: the template's, its tokens filled. */
    public static String body(SiteProfile profile, String typedTitle, LocalDate date) throws SourceException {
        String title = typedTitle.strip();
        String slug = ArticlePlace.slug(profile, title, date);
        return new NewArticleText(profile, title, slug, ArticlePlace.url(profile, slug, date), date).body();
    }

    /**
     * Writes the article, making its missing folders inside the site; the file gets the mode the umask gives.
     *
     * @throws NewArticleRefused the file exists (it is left as it is), or the place leads out of the site
     */
    public static void write(SiteProfile profile, NewArticle article) throws IOException, NewArticleRefused {
        Path file = article.file();
        // Strict UTF-8: text that cannot be written as it is (a lone surrogate) is refused, not turned into '?'.
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(article.text()));
        } catch (CharacterCodingException e) {
            throw new NewArticleRefused(
                    file,
                    "its text holds a character UTF-8 cannot hold (half of a surrogate pair); nothing was written");
        }
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        ArticlePlace.checkInside(profile, file);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS))
            throw new NewArticleRefused(file, "exists; a new article never replaces a file");
        Files.createDirectories(file.getParent());
        ArticlePlace.checkInside(profile, file); // a folder made meanwhile by someone else could be a link
        try {
            // Claimed first, so two runs for one title cannot both write: the second finds it taken.
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new NewArticleRefused(file, "exists; a new article never replaces a file");
        }
        try {
            AtomicFile.write(file, bytes, false);
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }
}
