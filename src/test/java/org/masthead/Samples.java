package org.masthead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.masthead.article.ArticleFinder;
import org.masthead.profile.PageLook;
import org.masthead.profile.SiteProfile;

/** The bundled sample sites, copied where tests may change them. */
public final class Samples {
    public static final Path ROOT = Path.of("samples").toAbsolutePath();
    public static final Path SITE = ROOT.resolve("site");
    public static final Path TIDES = SITE.resolve("articles/reading-the-tide-tables.md");
    public static final Path CATALOGUE = SITE.resolve("articles/the-card-catalogue-rebuilt.md");
    public static final Path DRAFT = SITE.resolve("articles/draft-with-problems.md");
    public static final Path HUGO = ROOT.resolve("hugo-site/content/posts/night-market-photography.md");

    /** Articles of the sample site whose header does not parse, on purpose: the site panel lists them as errors. */
    public static final Set<String> UNPARSEABLE = Set.of("cliff-path-closure.md", "spring-tide-flooding.md");

    private Samples() {}

    public static List<Path> articles() {
        try {
            return ArticleFinder.walk(ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples whose header parses: every one but {@link #UNPARSEABLE}. */
    public static List<Path> parseable() {
        return articles().stream()
                .filter(p -> !UNPARSEABLE.contains(p.getFileName().toString()))
                .toList();
    }

    /**
     * The samples that between them hold every kind of card the pipeline makes (both schemas, a
     * large and a small picture, a GIF, a square one, a missing one, problems): tests that are slow
     * per article take these, or every parseable sample with {@code -Dsamples.all=true}.
     */
    public static List<Path> picked() {
        if (Boolean.getBoolean("samples.all")) return parseable();
        return List.of(
                TIDES,
                SITE.resolve("articles/winter-bread-notes.md"),
                CATALOGUE,
                DRAFT,
                HUGO,
                SITE.resolve("articles/kite-day-on-the-dunes.md"),
                SITE.resolve("articles/market-garden-stall.md"),
                SITE.resolve("articles/sea-glass-collection.md"));
    }

    public static List<Path> unparseable() {
        return articles().stream()
                .filter(p -> UNPARSEABLE.contains(p.getFileName().toString()))
                .toList();
    }

    /** The same profile with the built-in page: tests of that page on the sample site, which has a theme. */
    public static SiteProfile builtInPage(SiteProfile p) {
        return new SiteProfile(
                p.file(),
                p.schema(),
                p.siteName(),
                p.baseUrl(),
                p.siteRoot(),
                p.dateFormat(),
                p.limits(),
                p.twitterCard(),
                p.themeColor(),
                p.images(),
                p.newArticle(),
                p.writing(),
                PageLook.BUILT_IN,
                p.publishing());
    }

    /** Copies the samples folder into {@code dir} and returns the copy's root. */
    public static Path copyTo(Path dir) throws IOException {
        Path target = dir.resolve("samples");
        try (var files = Files.walk(ROOT)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(ROOT.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return target;
    }
}
