package org.masthead.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.masthead.source.AtomicFile;
import org.masthead.source.SourceException;

/** Reads articles from disk and writes them back atomically. */
public final class ArticleFiles {
    private ArticleFiles() {}

    public static Article read(Path path) throws IOException, SourceException {
        return Article.fromBytes(path, Files.readAllBytes(path));
    }

    /** Writes the article's bytes to its path atomically ({@link AtomicFile}); a read-only file is refused. */
    public static void write(Article article) throws IOException {
        write(article.path(), article.toBytes());
    }

    public static void write(Path path, byte[] bytes) throws IOException {
        AtomicFile.write(path, bytes, false);
    }

    /** @param force also replace a read-only file, keeping it read-only */
    public static void write(Path path, byte[] bytes, boolean force) throws IOException {
        AtomicFile.write(path, bytes, force);
    }
}
