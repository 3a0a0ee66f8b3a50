package org.masthead.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.ArticleFinder;
import org.masthead.batch.OrderedWork;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.export.ExportTargets;
import org.masthead.export.HtmlExporter;
import org.masthead.profile.ProfileCache;
import org.masthead.profile.SiteProfile;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * Exports many articles: files and folders (recursively). Findings do not stop an export; an
 * article fails when it cannot be read, its header does not parse, its page may not be written
 * ({@link ExportTargets}) or another article of the run already maps to the same page; one
 * failure, whatever it is, does not stop the others.
 */
public final class ExportJob {

    /** One article's outcome. */
    public record Result(Path source, Path output, List<Finding> findings, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** Progress: how many are done of how many, and the article at hand. */
    public interface Progress {
        void update(int done, int total, Path current);

        /** The step the article at hand is in; shown for long articles. */
        default void stage(int done, int total, Path current, String what) {}
    }

    private final Path output;
    private final boolean copyAssets;
    private final boolean force;
    private final ProfileCache profiles = new ProfileCache();

    /** @param output the output file (one article) or folder (several); null for X.html beside X.md */
    public ExportJob(Path output, boolean copyAssets) {
        this(output, copyAssets, false);
    }

    /** @param force replace existing files that are not Masthead pages (never articles, links or devices) */
    public ExportJob(Path output, boolean copyAssets, boolean force) {
        this.output = output;
        this.copyAssets = copyAssets;
        this.force = force;
    }

    public List<Result> run(List<Path> inputs, Progress progress, Consumer<Result> each) throws IOException {
        return run(inputs, p -> true, progress, each, () -> false);
    }

    /**
     * Exports the articles among {@code inputs} that {@code include} keeps (the window's filtered
     * site), stopping before the next article once {@code cancelled} says so.
     */
    public List<Result> run(
            List<Path> inputs,
            Predicate<Path> include,
            Progress progress,
            Consumer<Result> each,
            BooleanSupplier cancelled)
            throws IOException {
        List<ArticleFinder.Found> sources = new ArrayList<>(ArticleFinder.find(inputs));
        sources.removeIf(s -> !include.test(s.file()));
        List<Result> results = new ArrayList<>();
        boolean single = sources.size() == 1 && inputs.size() == 1 && Files.isRegularFile(inputs.get(0));
        List<Path> files = new ArrayList<>();
        for (ArticleFinder.Found s : sources) files.add(s.file());
        ExportTargets.Sources articles = ExportTargets.Sources.of(files);
        // Which article owns which page is settled first, in order; the pages are then made side by
        // side and reported in order. Copied assets are shared between pages and chosen by what the
        // assets folder already holds, so a run that copies them keeps to one thread.
        Map<Path, Path> pageOwners = new HashMap<>();
        List<Job> jobs = new ArrayList<>();
        for (ArticleFinder.Found s : sources) {
            Path out = s.problem() == null ? outputFor(s, single) : null;
            Path owner = out == null ? null : pageOwners.putIfAbsent(ExportTargets.resolved(out), s.file());
            jobs.add(new Job(s, out, owner));
        }
        int total = sources.size();
        int[] done = {0};
        progress.update(0, total, sources.isEmpty() ? null : sources.get(0).file());
        OrderedWork.run(
                jobs,
                copyAssets ? 1 : OrderedWork.threads(),
                j -> outcome(j, articles, what -> {
                    synchronized (progress) {
                        progress.stage(done[0], total, j.source().file(), what);
                    }
                }),
                (i, r) -> {
                    results.add(r);
                    each.accept(r);
                    done[0] = i + 1;
                    synchronized (progress) {
                        progress.update(
                                done[0],
                                total,
                                i + 1 < total ? sources.get(i + 1).file() : null);
                    }
                },
                cancelled);
        progress.update(done[0], total, null);
        return results;
    }

    /** One article to export: its page, and the article that already owns that page, if any. */
    private record Job(ArticleFinder.Found source, Path out, Path owner) {}

    private Result outcome(Job j, ExportTargets.Sources articles, Consumer<String> stage) {
        ArticleFinder.Found s = j.source();
        if (s.problem() != null) return new Result(s.file(), null, List.of(), s.problem());
        if (j.owner() != null) {
            return new Result(
                    s.file(),
                    j.out(),
                    List.of(),
                    s.file() + ": not exported: its page " + j.out() + " is also the page of " + j.owner()
                            + " (rename one of the two)");
        }
        return exportOne(s, j.out(), articles, stage);
    }

    private Result exportOne(ArticleFinder.Found s, Path out, ExportTargets.Sources articles, Consumer<String> stage) {
        try {
            stage.accept("reading");
            Article article = ArticleFiles.read(s.file());
            SiteProfile profile = profiles.forArticle(s.file());
            article.requireFrontMatter();
            stage.accept("checking");
            List<Finding> findings = ArticleChecker.check(article, profile);
            stage.accept("writing the page");
            HtmlExporter.export(article, profile, out, copyAssets, articles, force);
            return new Result(s.file(), out, findings, null);
        } catch (SourceException e) {
            return new Result(s.file(), out, List.of(), e.getMessage());
        } catch (IOException e) {
            return new Result(s.file(), out, List.of(), IoMessages.describe(e));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours must not end a folder run: report it for this article and go on.
            return new Result(
                    s.file(), out, List.of(), s.file() + ": could not be exported (internal error: " + e + ")");
        }
    }

    private Path outputFor(ArticleFinder.Found s, boolean single) {
        String html = ArticleFinder.baseName(s.file()) + ".html";
        if (output == null) return s.file().resolveSibling(html);
        if (single && !Files.isDirectory(output)) return output;
        Path rel =
                s.root() == null ? Path.of(html) : s.root().relativize(s.file()).resolveSibling(html);
        return output.resolve(rel);
    }
}
