package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.newarticle.NewArticle;
import org.masthead.newarticle.NewArticleRefused;
import org.masthead.newarticle.NewArticles;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code masthead new SITE_DIR --title TEXT}: starts an article the site's way and prints its path. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Start an article the site's way and print its path.",
            "Its folder, file name, URL, template and draft key come from new_article in masthead.yml.",
            "A list key (tags) takes comma-separated items: --set tags=one,two."
        },
        footer = {
            "",
            "Exit codes: 0 written (or shown with --dry-run); 1 refused, nothing written: the file exists,",
            "the place is outside the site, or the template cannot be used; 2 usage or I/O error."
        })
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SITE_DIR", description = "The site's folder (its masthead.yml, if any).")
    Path dir;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The article's title.")
    String title;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Also set a value (after the template's).")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article's date (default: today).")
    String date;

    @Option(names = "--dry-run", description = "Print the path and the header; write nothing.")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (title.isBlank()) throw new CommandLine.ParameterException(spec.commandLine(), "--title is empty");
        LocalDate day = day();
        Map<String, String> sets = sets();
        if (!Files.isDirectory(dir)) {
            err.println(TerminalText.line("masthead new: " + dir + ": not a folder"));
            return 2;
        }
        try {
            SiteProfile profile = ProfileLoader.forArticle(dir.resolve("index.md"));
            for (SourceException w : profile.newArticle().problems())
                err.println(TerminalText.line("masthead new: warning: " + w.getMessage()));
            // Dotted keys are judged against the template's own header, before --set adds to it.
            String refused = DottedKey.refusal(
                    Article.of(
                                    null,
                                    NewArticles.plan(profile, title, day, Map.of())
                                            .text(),
                                    false)
                            .requireFrontMatter(),
                    assignments,
                    List.of(),
                    "new --set");
            if (refused != null) {
                err.println(TerminalText.line("masthead new: " + refused));
                err.println("masthead new: nothing was written");
                return 2;
            }
            NewArticle article = NewArticles.plan(profile, title, day, sets);
            if (Files.exists(article.file(), LinkOption.NOFOLLOW_LINKS)) {
                // Said before writing, so a dry run tells what the real run would.
                throw new NewArticleRefused(article.file(), "exists; a new article never replaces a file");
            }
            if (dryRun) {
                out.println(article.file());
                out.print(header(article));
            } else {
                NewArticles.write(profile, article);
                out.println(article.file());
            }
            out.flush();
            return 0;
        } catch (NewArticleRefused e) {
            err.println(TerminalText.line("masthead new: " + e.getMessage()));
            return 1;
        } catch (SourceException e) {
            err.println(TerminalText.line("masthead new: " + e.getMessage()));
            err.println("masthead new: nothing was written");
            return 1;
        } catch (IOException e) {
            err.println(TerminalText.line("masthead new: " + IoMessages.describe(e)));
            return 2;
        }
    }

    private LocalDate day() {
        if (date == null) return LocalDate.now();
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--date '" + date + "' is not a date like 2026-11-29");
        }
    }

    private Map<String, String> sets() {
        Map<String, String> sets = new LinkedHashMap<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new CommandLine.ParameterException(spec.commandLine(), "'" + a + "' is not KEY=VALUE");
            sets.put(a.substring(0, eq), a.substring(eq + 1));
        }
        return sets;
    }

    /** The front matter with its delimiters, as it will be written. */
    private static String header(NewArticle a) {
        Article parsed = Article.of(a.file(), a.text(), false);
        return a.text().substring(0, parsed.bodyOffset());
    }
}
