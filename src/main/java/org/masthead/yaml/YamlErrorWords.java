package org.masthead.yaml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's messages in the words of a writer who never read the YAML spec, placed where the
 * mistake most likely is: an unclosed quote is reported where the quote opens, not at the end of
 * the header where the parser noticed.
 */
final class YamlErrorWords {
    /** A message and the code-point index it is about. */
    record Placed(int index, String message) {}

    private YamlErrorWords() {}

    static Placed explain(MarkedYAMLException e, String text) {
        String context = e.getContext() == null ? "" : e.getContext();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark ctx = e.getContextMark() != null ? e.getContextMark() : at;
        if (at == null) return new Placed(0, fallback(context, problem));
        if (context.contains("scanning a quoted scalar")) {
            String quote = charAt(text, ctx) == '\'' ? "single quote (')" : "quote (\")";
            return new Placed(
                    ctx.getIndex(),
                    keyOf(text, ctx)
                            .map(k -> "The closing " + quote + " of " + k + " is missing")
                            .orElse("The closing " + quote + " of the value that starts here is missing"));
        }
        // A quote left open runs on to the next quote, lines below: the parser stumbles there.
        if (problem.startsWith("mapping values are not allowed") || problem.startsWith("expected <block end>")) {
            Optional<Placed> open = unclosedQuoteAbove(text, at);
            if (open.isPresent()) return open.get();
        }
        if (problem.startsWith("mapping values are not allowed")) {
            String line = lineText(text, at);
            int sep = line.indexOf(": ");
            if (sep >= 0 && sep < at.getColumn() - 1 && !line.startsWith(" ")) {
                return new Placed(
                        at.getIndex(),
                        "The value of " + line.substring(0, sep).strip()
                                + " contains \": \"; put the whole value in quotes");
            }
            return new Placed(
                    lineStart(at),
                    "This line is indented more than the keys above it; "
                            + "keys of the header start at the same column");
        }
        if (context.contains("scanning a simple key") && problem.contains("could not find expected ':'")) {
            return new Placed(ctx.getIndex(), "This line has no colon; write it as \"key: value\"");
        }
        if (problem.contains("'\\t(TAB)'")) {
            return new Placed(at.getIndex(), "A tab is used for indentation here; the header indents with spaces");
        }
        if (problem.startsWith("found character '")) {
            char c = problem.charAt("found character '".length());
            return new Placed(at.getIndex(), "A value cannot start with " + c + "; put the value in quotes");
        }
        if (context.contains("flow sequence")) {
            return new Placed(ctx.getIndex(), "The list opened here with [ is not closed with ]");
        }
        if (context.contains("flow mapping")) {
            return new Placed(ctx.getIndex(), "The group opened here with { is not closed with }");
        }
        if (problem.startsWith("found undefined alias")) {
            String name = problem.substring("found undefined alias".length()).strip();
            return new Placed(
                    at.getIndex(),
                    "*" + name + YamlProblem.UNDEFINED_ANCHOR + name + " that is not defined above;"
                            + " put the value in quotes if the * is meant as text");
        }
        if (problem.startsWith("expected <block end>")) {
            String before = lineText(text, at).substring(0, Math.max(0, at.getColumn()));
            if (before.stripTrailing().endsWith("\"") || before.stripTrailing().endsWith("'")) {
                return new Placed(
                        at.getIndex(),
                        "Text follows the closing quote of this value;" + " put it inside the quotes or remove it");
            }
            return new Placed(lineStart(at), "This line does not fit the header's structure; check its indentation");
        }
        return new Placed(at.getIndex(), fallback(context, problem));
    }

    /**
     * The line above the mark whose {@code key: "value} opens a quote it does not close, when the
     * mark's line holds that quote before the mark (where the open value really ended).
     */
    private static Optional<Placed> unclosedQuoteAbove(String text, Mark at) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        if (at.getLine() >= lines.length) return Optional.empty();
        String here = lines[at.getLine()].substring(0, Math.min(at.getColumn(), lines[at.getLine()].length()));
        int offset = 0;
        Placed found = null;
        for (int l = 0; l < at.getLine(); l++) {
            Matcher m = OPENS_QUOTE.matcher(lines[l]);
            if (m.matches()) {
                char q = m.group(2).charAt(0);
                boolean closed = m.group(3).indexOf(q) >= 0;
                if (!closed && here.indexOf(q) >= 0) {
                    String quote = q == '\'' ? "single quote (')" : "quote (\")";
                    int index = text.codePointCount(0, offset + m.start(2));
                    found = new Placed(index, "The closing " + quote + " of " + m.group(1) + " is missing");
                }
            }
            offset += lines[l].length() + breakLength(text, offset + lines[l].length());
        }
        return Optional.ofNullable(found);
    }

    private static final Pattern OPENS_QUOTE = Pattern.compile("\\s*(?:- )?([^\\s:#]+):\\s+([\"'])(.*)");

    private static int breakLength(String text, int at) {
        if (at >= text.length()) return 0;
        return text.startsWith("\r\n", at) ? 2 : 1;
    }

    private static String fallback(String context, String problem) {
        String s = (context.isEmpty() ? "" : context + ": ") + problem;
        s = s.strip().split("\\R", 2)[0];
        return s.isEmpty()
                ? "This line does not fit the header's structure"
                : "The header's YAML is not valid (" + s + ")";
    }

    private static Optional<String> keyOf(String text, Mark m) {
        String before = lineText(text, m)
                .substring(0, Math.min(m.getColumn(), lineText(text, m).length()));
        int colon = before.lastIndexOf(':');
        if (colon <= 0) return Optional.empty();
        String key = before.substring(0, colon).strip();
        if (key.startsWith("- ")) key = key.substring(2).strip();
        return key.isEmpty() || key.contains(" ") ? Optional.empty() : Optional.of(key);
    }

    /** The text of the mark's line (SnakeYAML counts lines as an editor does for the breaks a header has). */
    private static String lineText(String text, Mark m) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        return m.getLine() < lines.length ? lines[m.getLine()] : "";
    }

    private static int lineStart(Mark m) {
        return m.getIndex() - m.getColumn();
    }

    private static char charAt(String text, Mark m) {
        int i = text.offsetByCodePoints(0, Math.min(m.getIndex(), text.codePointCount(0, text.length())));
        return i < text.length() ? text.charAt(i) : ' ';
    }
}
