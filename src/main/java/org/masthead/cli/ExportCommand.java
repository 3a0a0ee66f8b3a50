package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.masthead.check.Finding;
import org.masthead.check.Severity;
import org.masthead.publish.ExportJob;
import org.masthead.source.IoMessages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export FILE|DIR... [-o OUT] [--copy-assets]}: standalone HTML pages with their meta tags. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export articles as standalone HTML pages with their meta tags (X.md -> X.html beside it).",
        footer = {
            "",
            "Findings of the checks are printed as warnings and do not stop the export.",
            "A page is written only where no file is, or over a page Masthead exported (other files need --force);",
            "never over an article, an input of the run, a link or anything but a regular file.",
            "Exit codes: 0 all exported, 1 an article could not be read, its header does not parse or its page",
            "may not be written, 2 usage error."
        })
final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles, or folders exported recursively.")
    List<Path> inputs;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "The output file for one article, the output folder for several.")
    Path output;

    @Option(names = "--copy-assets", description = "Copy local images into an assets folder beside each page.")
    boolean copyAssets;

    @Option(
            names = "--force",
            description = "Also replace existing files that are not pages Masthead exported "
                    + "(never an article, a link or a device).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean several = inputs.size() > 1 || Files.isDirectory(inputs.get(0));
        if (output != null && several && Files.isRegularFile(output)) {
            err.println("masthead export: -o " + output + " is a file; several articles need an output folder");
            return 2;
        }
        ProgressLine progress = ProgressLine.forConsole(err);
        List<ExportJob.Result> results;
        try {
            results = new ExportJob(output, copyAssets, force)
                    .run(
                            inputs,
                            new ExportJob.Progress() {
                                @Override
                                public void update(int done, int total, Path current) {
                                    progress.update(done, total, current);
                                }

                                @Override
                                public void stage(int done, int total, Path current, String what) {
                                    progress.stage(done, total, current, what);
                                }
                            },
                            r -> {
                                progress.clear();
                                report(r, out, err);
                            });
        } catch (IOException e) {
            progress.clear();
            err.println("masthead export: " + IoMessages.describe(e));
            return 2;
        }
        long failed = results.stream().filter(ExportJob.Result::failed).count();
        long warned = results.stream()
                .filter(r -> r.findings().stream().anyMatch(f -> f.severity() != Severity.TIP))
                .count();
        err.println("Exported " + (results.size() - failed) + " of " + results.size()
                + (results.size() == 1 ? " article" : " articles")
                + (failed > 0 ? ", " + failed + " failed" : "")
                + (warned > 0 ? ", " + warned + " with warnings" : "") + ".");
        return failed > 0 ? 1 : 0;
    }

    private static void report(ExportJob.Result r, PrintWriter out, PrintWriter err) {
        if (r.failed()) {
            err.println(TerminalText.line("error: " + r.error()));
            return;
        }
        for (Finding f : r.findings()) {
            if (f.severity() == Severity.TIP) continue;
            err.println(TerminalText.line(r.source() + ":" + f.line() + ":" + f.column() + ": warning: "
                    + (f.key() == null ? "" : "[" + f.key() + "] ") + f.message()));
        }
        out.println(r.output());
        out.flush();
    }
}
