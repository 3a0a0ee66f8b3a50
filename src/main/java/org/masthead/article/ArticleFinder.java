package org.masthead.article;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.masthead.source.IoMessages;

/**
 * Lists the article files named on a command line: files as given, folders searched recursively.
 * Inside a folder, links are followed only while they stay inside it (a linked article or folder
 * elsewhere is reported, never read), each article is listed once however many names lead to it,
 * and a folder that cannot be read is reported while the rest of the walk goes on.
 */
public final class ArticleFinder {
    private ArticleFinder() {}

    /**
     * An article file and the folder it was found under (null when it was named directly).
     *
     * @param problem why this entry cannot be processed (a link out of the folder, an unreadable
     *                folder, a link loop); null for an article to read
     */
    public record Found(Path file, Path root, String problem) {
        public Found(Path file, Path root) {
            this(file, root, null);
        }
    }

    public static boolean isArticle(Path p) {
        Path name = p.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown");
    }

    /**
     * A name typed without an extension gets {@code .md} (an Open dialog's Markdown filter would hide
     * it otherwise); a name with another extension is kept as typed.
     */
    public static Path withMarkdownExtension(Path p) {
        Path name = p.getFileName();
        if (name == null || name.toString().isBlank()) return p;
        String n = name.toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 && dot < n.length() - 1
                ? p
                : p.resolveSibling((dot == n.length() - 1 ? n.substring(0, dot) : n) + ".md");
    }

    /** The file's name without its extension ("notes.md" → "notes"), for the files made from it. */
    public static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /**
     * Named files are kept even if missing (reading them reports the error); folders are walked. Never fails as a
     * whole.
     */
    public static List<Found> find(List<Path> inputs) throws IOException {
        List<Found> out = new ArrayList<>();
        for (Path in : inputs) {
            if (!Files.isDirectory(in)) {
                out.add(new Found(in, null));
                continue;
            }
            try {
                out.addAll(walkFound(in));
            } catch (IOException e) {
                // The folder vanished or cannot be listed: reported for it, the other inputs go on.
                out.add(new Found(in, null, IoMessages.describe(e)));
            }
        }
        return out;
    }

    /** Article files under a folder, sorted, hidden folders skipped (problems left out). */
    public static List<Path> walk(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Found f : walkFound(dir)) if (f.problem() == null) files.add(f.file());
        return files;
    }

    /** Every article under a folder and every entry that could not be walked, sorted by path. */
    public static List<Found> walkFound(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new NoSuchFileException(dir.toString());
        Path realRoot = dir.toRealPath();
        List<Found> found = new ArrayList<>();
        Map<Path, Integer> byRealPath = new HashMap<>();
        Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(dir)) return FileVisitResult.CONTINUE;
                String n = d.getFileName() == null ? "" : d.getFileName().toString();
                if (n.startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                Path real = realPath(d);
                if (real == null || !real.startsWith(realRoot)) {
                    found.add(new Found(d, dir, d + ": a link to a folder outside " + dir + "; not read"));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (!isArticle(f) || attrs.isDirectory()) return FileVisitResult.CONTINUE;
                Path real = realPath(f);
                if (real == null) {
                    found.add(new Found(f, dir, f + ": a link to a file that does not exist; not read"));
                } else if (!real.startsWith(realRoot)) {
                    found.add(new Found(f, dir, f + ": a link to a file outside " + dir + "; not read"));
                } else if (!attrs.isRegularFile()) {
                    found.add(new Found(f, dir, f + ": not a regular file; not read"));
                } else {
                    // Several names for one article (a link inside the folder): listed once, by its own name.
                    Integer at = byRealPath.get(real);
                    if (at == null) {
                        byRealPath.put(real, found.size());
                        found.add(new Found(f, dir));
                    } else if (realRoot.resolve(dir.relativize(f)).equals(real)) {
                        found.set(at, new Found(f, dir));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
                String why =
                        e instanceof FileSystemLoopException ? f + ": a link loop; not read" : IoMessages.describe(e);
                if (isArticle(f) || Files.isDirectory(f) || e instanceof FileSystemLoopException)
                    found.add(new Found(f, dir, why));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort((a, b) -> a.file().compareTo(b.file()));
        return found;
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
