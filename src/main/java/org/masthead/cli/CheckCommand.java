package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.ArticleFinder;
import org.masthead.batch.OrderedWork;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.profile.ProfileCache;
import org.masthead.profile.SiteProfile;
import org.masthead.site.NearDuplicateCheck;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;
import org.masthead.theme.SiteTheme;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE|DIR...}: prints findings like a compiler. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check articles: required keys, URLs, dates, lengths, drifted copies, the share image, "
                + "unsafe body content; over a folder also list values (tags…) spelt unlike the rest of the site.",
        footer = {
            "",
            "Prints path:line:col: severity: [key] message, one finding a line; line",
            "breaks and control characters from the file are written as \\n, \\x1b...",
            "Exit codes: 0 no errors, 1 errors (with --strict also warnings, and with",
            "--strict --spelling also misspelt words), 2 usage or I/O error."
        })
final class CheckCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles, or folders searched for *.md.")
    List<Path> inputs;

    @Option(names = "--strict", description = "Warnings count as errors for the exit code.")
    boolean strict;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--spelling",
            description =
                    "Also check spelling (as tips, with suggestions); with --strict a misspelt word fails the run.")
    boolean spelling;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Set<Path> profilesSeen = new HashSet<>();
    /** A site's masthead.yml is read once per folder, not once per article. */
    private final ProfileCache profiles = new ProfileCache();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<FileFindings> all = new ArrayList<>();
        boolean ioError = false;
        List<ArticleFinder.Found> found;
        try {
            found = ArticleFinder.find(inputs);
        } catch (IOException e) {
            err.println("masthead check: " + IoMessages.describe(e));
            return 2;
        }
        // Over a folder the run has the whole site: its list values are compared with each other.
        NearDuplicateCheck site = inputs.stream().anyMatch(Files::isDirectory) ? new NearDuplicateCheck() : null;
        CheckSpelling spell = spelling ? new CheckSpelling(err) : null;
        ProgressLine progress = ProgressLine.forConsole(err);
        List<FileFindings> sites = new ArrayList<>();
        boolean[] unreadable = {false};
        // Articles are checked side by side and reported in order; spelling loads its dictionaries
        // as it meets each language, so with it the run keeps to one thread.
        int threads = spell == null ? OrderedWork.threads() : 1;
        OrderedWork.run(
                found,
                threads,
                f -> checkOne(f, spell),
                (i, c) -> {
                    progress.update(i + 1, found.size(), found.get(i).file());
                    all.add(c.findings());
                    unreadable[0] |= c.ioError();
                    if (c.profile() != null) {
                        profileProblems(c.profile(), sites).ifPresent(sites::add);
                        if (site != null) site.add(found.get(i).file(), c.article(), c.profile());
                    }
                },
                () -> false);
        ioError = unreadable[0];
        progress.clear();
        if (site != null) all.replaceAll(ff -> ff.with(site.findings(ff.file())));
        int articles = all.size();
        all.addAll(sites);
        int errors = 0, warnings = 0, tips = 0, misspelt = 0;
        for (FileFindings ff : all) {
            for (Finding fi : ff.findings()) {
                if (Finding.SPELLING.equals(fi.rule())) misspelt++;
                switch (fi.severity()) {
                    case ERROR -> errors++;
                    case WARNING -> warnings++;
                    default -> tips++;
                }
            }
        }
        if (format == Format.json) {
            out.println(JsonFindings.write(all));
        } else {
            for (FileFindings ff : all) {
                for (Finding fi : ff.findings()) out.println(TerminalText.line(ff.file() + ":" + fi.describe()));
            }
            err.println(articles + (articles == 1 ? " article" : " articles") + " checked: " + errors + " errors, "
                    + warnings + " warnings, " + tips + " tips");
        }
        out.flush();
        if (ioError) return 2;
        return errors > 0 || (strict && (warnings > 0 || misspelt > 0)) ? 1 : 0;
    }

    /** One article's findings, and what the run needs of it afterwards. */
    private record Checked(FileFindings findings, Article article, SiteProfile profile, boolean ioError) {}

    /** Checks one article; whatever goes wrong with it is its finding, and the rest of the run goes on. */
    private Checked checkOne(ArticleFinder.Found f, CheckSpelling spell) {
        try {
            if (f.problem() != null) return new Checked(problem(f.file(), 1, 1, f.problem()), null, null, false);
            Article a = ArticleFiles.read(f.file());
            SiteProfile profile = profiles.forArticle(f.file());
            List<Finding> findings = spell == null
                    ? ArticleChecker.check(a, profile)
                    : ArticleChecker.check(a, profile, spell.speller(a, profile), 3);
            // The site's template is reported once, in its own file, not in every article.
            return new Checked(
                    new FileFindings(
                            f.file(),
                            findings.stream()
                                    .filter(x -> !Finding.PAGE.equals(x.rule()))
                                    .toList()),
                    a,
                    profile,
                    false);
        } catch (SourceException e) {
            boolean own = e.file() != null && e.file().equals(f.file());
            FileFindings ff =
                    own ? problem(f.file(), e.line(), e.column(), e.reason()) : problem(f.file(), 1, 1, e.getMessage());
            return new Checked(ff, null, null, false);
        } catch (IOException e) {
            return new Checked(problem(f.file(), 1, 1, "cannot be read: " + IoMessages.describe(e)), null, null, true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Checked(
                    problem(f.file(), 1, 1, "could not be checked (internal error: " + e + ")"), null, null, false);
        }
    }

    /**
     * A site's masthead.yml once per run, when its new_article section has values that were replaced by their
     * defaults: Site ▸ New Article and {@code masthead new} would quietly start articles another way.
     */
    private Optional<FileFindings> profileProblems(SiteProfile profile, List<FileFindings> sites) {
        if (profile.file() == null) return Optional.empty();
        if (!profilesSeen.add(profile.file().toAbsolutePath().normalize())) return Optional.empty();
        List<Finding> found = profile.newArticle().problems().stream()
                .map(e -> new Finding(Severity.WARNING, "new_article", e.line(), e.column(), e.reason()))
                .toList();
        if (!profile.page().files().isEmpty()) {
            for (SourceException e : SiteTheme.of(profile).problems()) {
                sites.add(new FileFindings(
                        e.file(),
                        List.of(new Finding(
                                Severity.WARNING,
                                null,
                                e.line(),
                                e.column(),
                                e.reason() + " (the built-in page is used until this is fixed)",
                                Finding.PAGE))));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new FileFindings(profile.file(), found));
    }

    private static FileFindings problem(Path file, int line, int column, String message) {
        return new FileFindings(file, List.of(new Finding(Severity.ERROR, null, line, column, message)));
    }

    /** The findings of one file. */
    record FileFindings(Path file, List<Finding> findings) {
        FileFindings with(List<Finding> more) {
            if (more.isEmpty()) return this;
            List<Finding> both = new ArrayList<>(findings);
            both.addAll(more);
            return new FileFindings(file, both);
        }
    }
}
