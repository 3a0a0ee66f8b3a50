package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.masthead.article.Article;
import org.masthead.article.ArticleFiles;
import org.masthead.article.FrontMatterSpan;
import org.masthead.source.IoMessages;
import org.masthead.source.Lines;
import org.masthead.source.SourceException;
import org.masthead.yaml.MergedYaml;
import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.masthead.yaml.YamlValue;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code get FILE KEY}: prints one value of the front matter. Reading only, so it reads what any
 * YAML reader would (a {flow} header, keys merged in with {@code <<:}) where {@code set} and the
 * window, which edit in place, refuse what they cannot edit without losing bytes.
 */
@Command(
        name = "get",
        mixinStandardHelpOptions = true,
        description = {
            "Print a front-matter value: text as it reads, a list one item per line,",
            "a map as written. A null value (key:, key: ~) prints nothing; an empty",
            "text prints an empty line. Keys merged in with <<: count; a.b reads key b",
            "of map a (a key named 'a.b' comes first)."
        },
        footer = {
            "",
            "--format json prints one JSON value: texts as the strings YAML reads (a date",
            "or 42 stays a string), null, arrays, and objects with merged keys resolved.",
            "Exit codes: 0 printed, 1 no such key or the header does not parse,",
            "2 usage or I/O error."
        })
final class GetCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Parameters(index = "1", paramLabel = "KEY")
    String key;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Article a = ArticleFiles.read(file);
            FrontMatterSpan span = a.span().orElse(null);
            String header = a.headerText();
            int firstLine = span == null ? 1 : Lines.lineOf(a.text(), span.headerStart());
            Node node;
            YamlValue value;
            try {
                Node root = span == null ? null : SafeYaml.compose(header);
                if (root != null && !(root instanceof MappingNode)) {
                    throw SafeYaml.problemAt(root, "front matter must be a list of 'key: value' lines");
                }
                // The whole header is read first: a duplicate key or a bad merge anywhere is refused.
                if (root != null) MergedYaml.value(root);
                node = root == null ? null : find((MappingNode) root, Arrays.asList(key.split("\\.", -1)), 0);
                value = node == null ? null : MergedYaml.value(node);
            } catch (YamlProblem p) {
                err.println(TerminalText.line("masthead get: " + file + ":" + (p.line() + firstLine - 1) + ":"
                        + p.column() + ": " + p.getMessage()));
                return 1;
            }
            if (value == null) {
                err.println(TerminalText.line("masthead get: " + file + ": no key '" + key + "'"
                        + (span == null ? " (the file has no front matter)" : "")));
                return 1;
            }
            if (format == Format.json) out.println(JsonValue.write(value));
            else printText(out, value, header, node);
            out.flush();
            return 0;
        } catch (SourceException e) {
            err.println(TerminalText.line("masthead get: " + e.getMessage()));
            return 1;
        } catch (IOException e) {
            err.println("masthead get: " + IoMessages.describe(e));
            return 2;
        }
    }

    /**
     * The value at a dotted path. The longest run of parts that is a key wins, so a key written
     * with a dot in its name is found before a map of the same name.
     */
    private static Node find(MappingNode map, List<String> parts, int from) throws YamlProblem {
        for (int to = parts.size(); to > from; to--) {
            Node v = MergedYaml.get(map, String.join(".", parts.subList(from, to)));
            if (v == null) continue;
            if (to == parts.size()) return v;
            if (v instanceof MappingNode m) {
                Node deeper = find(m, parts, to);
                if (deeper != null) return deeper;
            }
        }
        return null;
    }

    private static void printText(PrintWriter out, YamlValue value, String header, Node node) {
        if (value instanceof YamlValue.Scalar s) {
            if (!s.isNull()) out.println(s.text());
        } else if (value instanceof YamlValue.Sequence seq
                && seq.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)) {
            for (String item : seq.texts()) out.println(item);
        } else {
            out.println(asWritten(header, node));
        }
    }

    /** A map or nested list as written in the header, its common indentation removed. */
    private static String asWritten(String header, Node node) {
        int start = charIndex(header, node.getStartMark().getIndex());
        int end = charIndex(header, node.getEndMark().getIndex());
        int lineStart = start;
        while (lineStart > 0 && (header.charAt(lineStart - 1) == ' ' || header.charAt(lineStart - 1) == '\t'))
            lineStart--;
        boolean ownLine =
                lineStart == 0 || header.charAt(lineStart - 1) == '\n' || header.charAt(lineStart - 1) == '\r';
        String text = header.substring(ownLine ? lineStart : start, end).stripTrailing();
        return text.stripIndent();
    }

    /** SnakeYAML marks count code points. */
    private static int charIndex(String s, int codePoints) {
        int cps = s.codePointCount(0, s.length());
        return codePoints >= cps ? s.length() : s.offsetByCodePoints(0, codePoints);
    }
}
