package org.masthead.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.masthead.source.Lines;
import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.ScalarStyle;
import org.masthead.yaml.YamlProblem;
import org.masthead.yaml.YamlValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Parses header text into a {@link FrontMatter}, recording where each key and value stands. */
final class FrontMatterParser {
    private final String header;
    private final int firstLine;
    private final HeaderPositions at;

    private FrontMatterParser(String header, int firstLine) {
        this.header = header;
        this.firstLine = firstLine;
        this.at = new HeaderPositions(header, firstLine);
    }

    /**
     * @param header    the YAML text between the delimiters
     * @param firstLine the file line on which the header starts, so positions are the file's
     * @throws YamlProblem with the line and column in the file
     */
    static FrontMatter parse(String header, int firstLine) throws YamlProblem {
        return new FrontMatterParser(header, firstLine).parse();
    }

    static FrontMatter emptyFrontMatter() {
        return new FrontMatter("", List.of(), "");
    }

    private FrontMatter parse() throws YamlProblem {
        Node root;
        try {
            root = SafeYaml.compose(header);
        } catch (YamlProblem p) {
            throw new YamlProblem(p.line() + firstLine - 1, p.column(), p.getMessage(), p);
        }
        if (root == null) return new FrontMatter(header, List.of(), "");
        if (!(root instanceof MappingNode map)) {
            throw located(root, "front matter must be a list of 'key: value' lines");
        }
        if (map.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            throw located(root, "front matter written as a {flow} map cannot be edited; write one key per line");
        }
        List<FrontMatterEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String indent = null;
        int previousEnd = 0;
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            String key;
            try {
                key = SafeYaml.keyText(keyNode);
            } catch (YamlProblem p) {
                throw located(keyNode, p.getMessage());
            }
            if (!seen.add(key)) throw located(keyNode, "key '" + key + "' appears twice");
            int keyStart = offset(keyNode.getStartMark().getIndex());
            int keyEnd = offset(keyNode.getEndMark().getIndex());
            if (keyStart < previousEnd) {
                // A key written as an alias (*k : v): its node is the anchored one, so its marks point there.
                keyStart = aliasKeyStart(previousEnd, keyNode);
                keyEnd = keyStart;
                while (keyEnd < header.length() && !Character.isWhitespace(header.charAt(keyEnd))) keyEnd++;
            }
            if (indent == null) indent = Lines.indentOf(header, keyStart);
            FrontMatterEntry e = entry(key, keyEnd, t.getValueNode(), keyStart);
            entries.add(e);
            previousEnd = e.entryEnd();
        }
        return new FrontMatter(header, entries, indent == null ? "" : indent);
    }

    /** The '*' of an alias key: the first thing after the previous entry that is not a blank or a comment. */
    private int aliasKeyStart(int from, Node keyNode) throws YamlProblem {
        int pos = from;
        while (pos < header.length()) {
            char c = header.charAt(pos);
            if (c == '#') pos = Lines.lineEnd(header, pos);
            else if (Character.isWhitespace(c)) pos++;
            else break;
        }
        if (pos >= header.length() || header.charAt(pos) != '*')
            throw located(keyNode, "a key written as an alias could not be located");
        return pos;
    }

    private FrontMatterEntry entry(String key, int keyEnd, Node valueNode, int keyStart) throws YamlProblem {
        YamlValue value;
        try {
            value = SafeYaml.value(valueNode);
        } catch (YamlProblem raw) {
            YamlProblem p = raw.in(header);
            throw new YamlProblem(p.line() + firstLine - 1, p.column(), p.getMessage(), p);
        }
        int valueStart = offset(valueNode.getStartMark().getIndex());
        if (valueStart < keyEnd) {
            // An alias: the node is the anchored one met earlier, so its marks point there.
            return aliasEntry(key, value, keyStart, keyEnd, valueNode);
        }
        valueStart = skipProperties(valueStart);
        if (valueNode instanceof CollectionNode<?> c
                && valueStart < header.length()
                && "\r\n#".indexOf(header.charAt(valueStart)) >= 0) {
            valueStart = firstContent(c, valueStart); // an anchored block list or map: its content starts below
        }
        int valueEnd = Math.max(valueStart, contentEnd(valueNode));
        int entryStart = Lines.lineStart(header, keyStart);
        int entryEnd = Lines.afterBreak(header, Lines.lineEnd(header, Math.max(valueEnd, keyStart)));
        ScalarStyle style = null;
        boolean flow = false;
        String blockIndent = "";
        if (valueNode instanceof ScalarNode s) {
            style = ScalarStyle.of(s.getScalarStyle());
            if (style.isBlock()) blockIndent = blockScalarIndent(valueStart, valueEnd, entryStart);
        } else {
            flow = ((CollectionNode<?>) valueNode).getFlowStyle() == DumperOptions.FlowStyle.FLOW;
            if (!flow) blockIndent = Lines.indentOf(header, valueStart);
        }
        return new FrontMatterEntry(
                key,
                value,
                line(keyStart),
                column(keyStart),
                line(valueStart),
                column(valueStart),
                entryStart,
                entryEnd,
                valueStart,
                valueEnd,
                style,
                valueNode.getTag(),
                flow,
                blockIndent,
                isKeepChomp(valueNode),
                false,
                listItems(valueNode, valueStart));
    }

    private FrontMatterEntry aliasEntry(String key, YamlValue value, int keyStart, int keyEnd, Node node) {
        int pos = header.indexOf(':', keyEnd) + 1;
        while (pos < header.length() && Character.isWhitespace(header.charAt(pos))) pos++;
        int end = pos;
        while (end < header.length() && !Character.isWhitespace(header.charAt(end))) end++;
        int entryStart = Lines.lineStart(header, keyStart);
        int entryEnd = Lines.afterBreak(header, Lines.lineEnd(header, end));
        return new FrontMatterEntry(
                key,
                value,
                line(keyStart),
                column(keyStart),
                line(pos),
                column(pos),
                entryStart,
                entryEnd,
                pos,
                end,
                null,
                node.getTag(),
                false,
                "",
                false,
                true,
                List.of());
    }

    private int firstContent(CollectionNode<?> c, int fallback) {
        if (c instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            int dash = header.lastIndexOf(
                    '-', offset(seq.getValue().get(0).getStartMark().getIndex()) - 1);
            return dash < 0 ? fallback : dash;
        }
        if (c instanceof MappingNode m && !m.getValue().isEmpty())
            return offset(m.getValue().get(0).getKeyNode().getStartMark().getIndex());
        return fallback;
    }

    /** Skips an anchor ({@code &a}) and tag ({@code !t}) written before a value: edits keep them. */
    private int skipProperties(int pos) {
        while (pos < header.length() && (header.charAt(pos) == '&' || header.charAt(pos) == '!')) {
            while (pos < header.length() && !Character.isWhitespace(header.charAt(pos))) pos++;
            while (pos < header.length() && (header.charAt(pos) == ' ' || header.charAt(pos) == '\t')) pos++;
        }
        return pos;
    }

    /** End of a value's own text: block scalars and block collections stop at their last content line. */
    private int contentEnd(Node node) {
        if (node instanceof ScalarNode s) {
            int end = offset(s.getEndMark().getIndex());
            if (!ScalarStyle.of(s.getScalarStyle()).isBlock()) return end;
            int start = offset(s.getStartMark().getIndex());
            if (isKeepChomp(s)) {
                // Trailing blank lines are part of a kept value: the range stops before the last break.
                return Lines.lineStart(header, end) == end && end > start
                        ? Lines.lineEnd(header, Lines.previousLineStart(header, end))
                        : end;
            }
            // The scanner's end includes trailing empty lines; keep them outside the value.
            int ls = Lines.lineStart(header, end);
            if (ls == end) ls = Lines.previousLineStart(header, end);
            while (ls > start) {
                if (!header.substring(ls, Lines.lineEnd(header, ls)).isBlank()) return Lines.lineEnd(header, ls);
                ls = Lines.previousLineStart(header, ls);
            }
            return Lines.lineEnd(header, start);
        }
        CollectionNode<?> c = (CollectionNode<?>) node;
        if (c.getFlowStyle() == DumperOptions.FlowStyle.FLOW)
            return offset(c.getEndMark().getIndex());
        if (c instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            return items.isEmpty() ? offset(c.getStartMark().getIndex()) : contentEnd(items.get(items.size() - 1));
        }
        List<NodeTuple> tuples = ((MappingNode) c).getValue();
        if (tuples.isEmpty()) return offset(c.getStartMark().getIndex());
        NodeTuple last = tuples.get(tuples.size() - 1);
        return Math.max(
                contentEnd(last.getValueNode()),
                offset(last.getKeyNode().getEndMark().getIndex()));
    }

    /** Each scalar item of a list as written; empty when the value is not a list of scalars or uses aliases. */
    private List<FrontMatterEntry.ListItem> listItems(Node node, int valueStart) {
        if (!(node instanceof SequenceNode seq)) return List.of();
        List<FrontMatterEntry.ListItem> out = new ArrayList<>();
        int previousEnd = valueStart;
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s)
                    || ScalarStyle.of(s.getScalarStyle()).isBlock()) return List.of();
            int start = offset(item.getStartMark().getIndex());
            int end = offset(item.getEndMark().getIndex());
            if (start < previousEnd) return List.of(); // an alias item: its marks point at the anchored value
            out.add(new FrontMatterEntry.ListItem(header.substring(start, end), start, end));
            previousEnd = end;
        }
        return out;
    }

    private boolean isKeepChomp(Node node) {
        if (!(node instanceof ScalarNode s)
                || !ScalarStyle.of(s.getScalarStyle()).isBlock()) return false;
        int start = skipProperties(offset(s.getStartMark().getIndex()));
        int eol = Lines.lineEnd(header, start);
        String indicator = header.substring(start, eol);
        int hash = indicator.indexOf(" #");
        return (hash < 0 ? indicator : indicator.substring(0, hash)).contains("+");
    }

    private String blockScalarIndent(int valueStart, int valueEnd, int entryStart) {
        int pos = Lines.afterBreak(header, Lines.lineEnd(header, valueStart));
        while (pos < valueEnd) {
            int eol = Lines.lineEnd(header, pos);
            if (!header.substring(pos, eol).isBlank()) return Lines.indentOf(header, pos);
            pos = Lines.afterBreak(header, eol);
        }
        return Lines.indentOf(header, entryStart) + "  ";
    }

    private YamlProblem located(Node node, String message) {
        int off = offset(node.getStartMark().getIndex());
        return new YamlProblem(line(off), column(off), message);
    }

    private int line(int offset) {
        return at.line(offset);
    }

    private int column(int offset) {
        return at.column(offset);
    }

    private int offset(int codePointIndex) {
        return at.offset(codePointIndex);
    }
}
