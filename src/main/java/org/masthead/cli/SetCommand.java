package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatterEditor;
import org.masthead.article.KeyPlacement;
import org.masthead.profile.FieldType;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.Schema;
import org.masthead.source.FileGuard;
import org.masthead.source.IoMessages;
import org.masthead.source.ReadOnlyFileException;
import org.masthead.source.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code set FILE KEY=VALUE... [--unset KEY...]}: surgical, atomic edits of the front matter. */
@Command(
        name = "set",
        mixinStandardHelpOptions = true,
        description = {
            "Set front-matter values in place. Only the named keys' values change; every other byte stays.",
            "A list key (tags) takes comma-separated items: tags=one,two."
        },
        footer = {
            "",
            "Exit codes: 0 saved (or nothing to change), 1 the header cannot be read or the edit would break it",
            "(an alias left without its anchor): the file is left untouched, 2 usage or I/O error."
        })
final class SetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "KEY=VALUE")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "KEY", description = "Remove a key and its lines.")
    List<String> unset = new ArrayList<>();

    @Option(names = "--force", description = "Also rewrite a read-only file (it stays read-only).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (assignments.isEmpty() && unset.isEmpty()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "nothing to set: give KEY=VALUE or --unset KEY");
        }
        for (String a : assignments) {
            if (a.indexOf('=') <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "'" + a + "' is not KEY=VALUE");
            }
        }
        try (FileGuard guard = FileGuard.acquire(file)) {
            // Read under the guard: a concurrent set waits, then edits what this one wrote.
            Article original = Article.fromBytes(file, guard.read(file));
            Schema schema = ProfileLoader.forArticle(file)
                    .schemaFor(original.requireFrontMatter().keys());
            String refused = DottedKey.refusal(original.requireFrontMatter(), assignments, unset, "set");
            if (refused != null) {
                err.println(TerminalText.line("masthead set: " + file + ": " + refused));
                err.println("masthead set: " + file + " was not changed");
                return 2;
            }
            FrontMatterEditor editor = new FrontMatterEditor(new KeyPlacement(schema.keys()), schema.scalarTypes());
            Article a = original;
            for (String assignment : assignments) {
                int eq = assignment.indexOf('=');
                String key = assignment.substring(0, eq);
                String value = assignment.substring(eq + 1);
                a = editor.setText(
                        a,
                        key,
                        value,
                        schema.field(key).map(f -> f.type() == FieldType.LIST).orElse(false));
            }
            for (String key : unset) a = editor.remove(a, key);
            if (a != original && !a.text().equals(original.text())) ArticleFiles.write(a.path(), a.toBytes(), force);
            return 0;
        } catch (SourceException e) {
            err.println("masthead set: " + e.getMessage());
            err.println("masthead set: " + file + " was not changed");
            return 1;
        } catch (ReadOnlyFileException e) {
            err.println("masthead set: " + IoMessages.describe(e)
                    + "; nothing was changed (--force rewrites it, keeping it read-only)");
            return 2;
        } catch (IOException e) {
            err.println("masthead set: " + IoMessages.describe(e));
            return 2;
        }
    }
}
