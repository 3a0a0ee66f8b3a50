package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.masthead.site.SiteEntry;
import org.masthead.site.SiteIndexer;
import org.masthead.site.SiteOrder;
import org.masthead.source.IoMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code masthead list DIR}: the site's articles as the site panel shows them, for scripts and CI. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List a site's articles: path, title, date, errors, warnings, tags, draft.")
final class ListCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    enum Sort {
        date,
        title,
        path
    }

    @Parameters(paramLabel = "DIR", description = "The site's folder, searched for *.md.")
    Path dir;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--sort", defaultValue = "path", description = "date (newest first), title or path.")
    Sort sort;

    @Option(names = "--errors", description = "Only the articles with errors.")
    boolean errorsOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("masthead list: " + dir + ": not a folder");
            return 2;
        }
        List<SiteEntry> entries;
        ProgressLine progress = ProgressLine.forConsole(err);
        try {
            // Articles are indexed on several threads: one at a time may write the line.
            entries = new SiteIndexer()
                    .index(
                            dir,
                            (done, total) -> {
                                synchronized (progress) {
                                    progress.update(done - 1, total, dir);
                                }
                            },
                            () -> false);
        } catch (IOException e) {
            err.println("masthead list: " + IoMessages.describe(e));
            return 2;
        }
        progress.clear();
        entries = SiteOrder.valueOf(sort.name().toUpperCase(Locale.ROOT)).sort(entries);
        if (errorsOnly) entries = entries.stream().filter(e -> e.errors() > 0).toList();
        if (format == Format.json) out.println(SiteJson.write(entries));
        else for (SiteEntry e : entries) out.println(textLine(e));
        out.flush();
        return 0;
    }

    /**
     * One tab-separated line: path, title, ISO date, errors, warnings, tags, draft; a problem last.
     * Each field is made safe for a terminal, so a tab or an escape in a title cannot shift the columns.
     */
    private static String textLine(SiteEntry e) {
        return Stream.of(
                        e.path().toString(),
                        e.title(),
                        e.date() == null ? "-" : e.date().toString(),
                        e.errors() + "E",
                        e.warnings() + "W",
                        String.join(",", e.tags()),
                        e.draft() == null ? "-" : e.draft() ? "draft" : "published",
                        e.problem() == null ? "" : e.problem())
                .map(TerminalText::line)
                .collect(Collectors.joining("\t"));
    }
}
