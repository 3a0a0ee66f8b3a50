package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEntry;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;
import org.masthead.yaml.YamlValue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code get FILE KEY}: prints one value of the front matter. */
@Command(name = "get", mixinStandardHelpOptions = true,
        description = "Print a front-matter value: text as it reads, a list one item per line, a map as written.",
        footer = {"", "Exit codes: 0 printed, 1 no such key or the header does not parse, 2 usage or I/O error."})
final class GetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Article a = ArticleFiles.read(file);
            FrontMatter fm = a.requireFrontMatter();
            var entry = fm.entry(key);
            if (entry.isEmpty()) {
                err.println("masthead get: " + file + ": no key '" + key + "'");
                return 1;
            }
            FrontMatterEntry e = entry.get();
            if (e.value() instanceof YamlValue.Sequence s && s.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) {
                for (String item : s.texts()) out.println(item);
            } else if (e.value() instanceof YamlValue.Scalar s) {
                out.println(s.asText());
            } else {
                out.println(fm.header().substring(e.valueStart(), e.valueEnd()));
            }
            out.flush();
            return 0;
        } catch (SourceException e) {
            err.println("masthead get: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("masthead get: " + IoMessages.describe(e));
            return 2;
        }
    }
}
