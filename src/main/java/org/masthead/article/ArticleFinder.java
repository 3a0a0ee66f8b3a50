package org.masthead.article;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists the article files named on a command line: files as given, folders searched recursively. */
public final class ArticleFinder {
    private ArticleFinder() {}

    /** An article file and the folder it was found under (null when it was named directly). */
    public record Found(Path file, Path root) {}

    public static boolean isArticle(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /** The file's name without its extension ("notes.md" → "notes"), for the files made from it. */
    public static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Named files are kept even if missing (reading them reports the error); folders are walked. */
    public static List<Found> find(List<Path> inputs) throws IOException {
        List<Found> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                for (Path f : walk(in)) out.add(new Found(f, in));
            } else {
                out.add(new Found(in, null));
            }
        }
        return out;
    }

    /** Article files under a folder, sorted, hidden folders skipped. */
    public static List<Path> walk(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString());
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                return !d.equals(dir) && n.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isArticle(f)) files.add(f);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
