package org.masthead.spell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.masthead.source.AtomicFile;

/**
 * A plain word list: the site's ({@code .masthead/words.txt}, shared through the site's repository)
 * or the writer's own. One word a line, sorted the same way on every machine (case folded, then
 * by code point), so that two writers' additions merge cleanly in git. Read again when the file
 * changed on disk (a {@code git pull}, another window). A list reached through a link that leaves
 * {@code within} is neither read nor written.
 */
public final class WordList {
    /** Case folded first, so "Masthead" sorts beside "masthead"; then exactly, so the order is total. */
    static final Comparator<String> ORDER =
            Comparator.comparing((String w) -> w.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    private final Path file;
    private final Path within;
    private Set<String> words = Set.of();
    private FileTime readTime;
    private long readSize = -1;

    /**
     * @param file   the list (need not exist yet)
     * @param within the folder it must stay inside, links resolved (the site's); null for the writer's own
     */
    public WordList(Path file, Path within) {
        this.file = file;
        this.within = within;
    }

    public Path file() {
        return file;
    }

    /** The words now (read again when the file changed since the last call). */
    public synchronized Set<String> words() {
        refresh();
        return words;
    }

    public boolean contains(String word) {
        return words().contains(word);
    }

    /** Adds a word and writes the list sorted; false when it was there already. */
    public synchronized boolean add(String word) throws IOException {
        String w = word.strip();
        if (w.isEmpty() || w.contains("\n") || w.contains("\r")) throw new IllegalArgumentException("not a word");
        refresh();
        if (words.contains(w)) return false;
        TreeSet<String> next = new TreeSet<>(ORDER);
        next.addAll(words);
        next.add(w);
        checkInside();
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, text(next).getBytes(StandardCharsets.UTF_8), false);
        words = Set.copyOf(next);
        stamp();
        return true;
    }

    static String text(Set<String> sorted) {
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) sb.append(w).append('\n');
        return sb.toString();
    }

    private void refresh() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.lastModifiedTime().equals(readTime) && a.size() == readSize) return;
            checkInside();
            TreeSet<String> read = new TreeSet<>(ORDER);
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String w = line.strip();
                // '#' lines are comments, as in other editors' word lists.
                if (!w.isEmpty() && !w.startsWith("#")) read.add(w);
            }
            words = Set.copyOf(read);
            readTime = a.lastModifiedTime();
            readSize = a.size();
        } catch (NoSuchFileException e) {
            words = Set.of();
            readTime = null;
            readSize = -1;
        } catch (IOException | RuntimeException e) {
            // Unreadable or not UTF-8: the words it had stay; the next change on disk is read again.
            System.getLogger(WordList.class.getName())
                    .log(System.Logger.Level.WARNING, "word list " + file + " cannot be read: " + e);
        }
    }

    private void stamp() throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        readTime = a.lastModifiedTime();
        readSize = a.size();
    }

    private void checkInside() throws IOException {
        if (within == null) return;
        Path real = Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? file.toRealPath() : file.toAbsolutePath();
        Path site = within.toRealPath();
        Path parent = Files.exists(file.getParent()) ? file.getParent().toRealPath() : null;
        if (!real.startsWith(site) || (parent != null && !parent.startsWith(site)))
            throw new IOException(file + " leads out of the site through a link; it is neither read nor written");
    }
}
