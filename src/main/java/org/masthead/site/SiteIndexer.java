package org.masthead.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.masthead.article.Article;
import org.masthead.article.ArticleFinder;
import org.masthead.article.FrontMatter;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.profile.FieldRole;
import org.masthead.profile.ProfileCache;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.RoleValues;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * Reads every article of a site into {@link SiteEntry}s: its title, date, tags, draft flag and the
 * counts of the same checks the Checks tab runs. One bad file is an entry with its problem; the
 * rest of the site is indexed all the same.
 */
public final class SiteIndexer {
    /** Larger files are listed as too big rather than read (an article is rarely over a megabyte). */
    public static final long MAX_BYTES = 16L << 20;

    /** Told how far indexing has come. */
    public interface Progress {
        void update(int done, int total);
    }

    private final ProfileCache profiles = new ProfileCache();

    /**
     * Every article under {@code root}, in path order; stops early (returning what it has) when
     * {@code cancelled} says so. Work is shared by the machine's cores.
     */
    public List<SiteEntry> index(Path root, Progress progress, BooleanSupplier cancelled) throws IOException {
        return index(root, progress, cancelled, file -> null);
    }

    private List<SiteEntry> index(
            Path root, Progress progress, BooleanSupplier cancelled, Function<Path, SiteEntry> reuse)
            throws IOException {
        List<ArticleFinder.Found> found = ArticleFinder.walkFound(root);
        SiteEntry[] out = new SiteEntry[found.size()];
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, found.size()).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) return;
            ArticleFinder.Found f = found.get(i);
            if (f.problem() != null) {
                out[i] = SiteEntry.unreadable(f.file(), 0, 0, f.problem());
            } else {
                SiteEntry kept = reuse.apply(f.file());
                out[i] = kept != null ? kept : entry(f.file());
            }
            progress.update(done.incrementAndGet(), found.size());
        });
        List<SiteEntry> entries = new ArrayList<>(out.length);
        for (SiteEntry e : out) if (e != null) entries.add(e);
        return entries;
    }

    /**
     * The site again, reading only the articles that changed since {@code previous} was made (by
     * their time and size); those gone are dropped, new ones read.
     */
    public List<SiteEntry> refresh(Path root, List<SiteEntry> previous, Progress progress, BooleanSupplier cancelled)
            throws IOException {
        Map<Path, SiteEntry> known = new HashMap<>();
        for (SiteEntry e : previous) known.put(e.path().toAbsolutePath().normalize(), e);
        return index(root, progress, cancelled, file -> {
            SiteEntry old = known.get(file.toAbsolutePath().normalize());
            if (old == null || old.problem() != null) return null;
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                boolean same = a.lastModifiedTime().toMillis() == old.modified() && a.size() == old.size();
                return same ? old.at(file) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** What makes every entry stale when it changes: the site's profile file, its time and size. */
    public static String stamp(Path root) {
        try {
            var file = ProfileLoader.forArticle(root.resolve("index.md")).profileFile();
            if (file.isEmpty()) return "no profile";
            BasicFileAttributes a = Files.readAttributes(file.get(), BasicFileAttributes.class);
            return file.get().toAbsolutePath() + " " + a.lastModifiedTime().toMillis() + " " + a.size();
        } catch (IOException | SourceException | RuntimeException e) {
            return "unreadable profile " + e.getMessage();
        }
    }

    /** One article's entry; never throws (a problem becomes the entry's). */
    public SiteEntry entry(Path file) {
        long modified = 0, size = 0;
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            modified = attrs.lastModifiedTime().toMillis();
            size = attrs.size();
            if (size > MAX_BYTES) {
                return SiteEntry.unreadable(file, modified, size, "too big to index (" + (size >> 20) + " MB)");
            }
            Article a = Article.fromBytes(file, Files.readAllBytes(file));
            SiteProfile profile = profiles.forArticle(file);
            return entry(a, profile, modified, size);
        } catch (NoSuchFileException e) {
            return SiteEntry.unreadable(file, modified, size, "vanished while it was read");
        } catch (IOException e) {
            return SiteEntry.unreadable(file, modified, size, "cannot be read: " + IoMessages.describe(e));
        } catch (SourceException e) {
            return SiteEntry.unreadable(file, modified, size, e.line() + ":" + e.column() + ": " + e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return SiteEntry.unreadable(file, modified, size, "could not be indexed (internal error: " + e + ")");
        }
    }

    private static SiteEntry entry(Article a, SiteProfile profile, long modified, long size) {
        int errors = 0, warnings = 0, tips = 0;
        for (Finding f : ArticleChecker.check(a, profile)) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                default -> tips++;
            }
        }
        String title = "";
        LocalDate date = null;
        List<String> tags = List.of();
        Boolean draft = null;
        Map<String, List<String>> lists = Map.of();
        if (a.frontMatter().isPresent()) {
            FrontMatter fm = a.frontMatter().get();
            Schema schema = profile.schemaFor(fm.keys());
            RoleValues v = new RoleValues(fm, schema);
            title = v.first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE);
            date = profile.datePattern(schema).parse(v.get(FieldRole.DATE)).orElse(null);
            tags = v.list(FieldRole.TAGS);
            lists = ListValues.of(fm, schema);
            if (schema.fieldFor(FieldRole.DRAFT).isPresent()) draft = "true".equalsIgnoreCase(v.get(FieldRole.DRAFT));
        }
        return new SiteEntry(
                a.path(),
                title,
                date,
                errors,
                warnings,
                tips,
                tags,
                draft,
                modified,
                size,
                null,
                SiteWords.of(a.body()),
                lists);
    }
}
