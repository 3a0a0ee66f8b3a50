package org.masthead.yaml;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads YAML from files we did not write. Only the node graph is composed (no Java object is ever
 * constructed from a tag), aliases, nesting and size are bounded, so a "billion laughs" header or
 * a deeply nested one is refused at once instead of exhausting memory.
 */
public final class SafeYaml {
    public static final int MAX_COLLECTION_ALIASES = 20;
    public static final int MAX_NESTING = 40;
    public static final int MAX_CODE_POINTS = 2_000_000;
    /** Upper bound on nodes visited while reading values, aliases counted each time they are used. */
    public static final int MAX_NODES_VISITED = 100_000;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    private SafeYaml() {}

    static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(MAX_NESTING);
        o.setCodePointLimit(MAX_CODE_POINTS);
        o.setAllowDuplicateKeys(false);
        o.setProcessComments(false);
        return o;
    }

    /** Composes the node graph of a single YAML document; null for an empty document. */
    public static Node compose(String text) throws YamlProblem {
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            throw new YamlProblem(1, 1, "YAML is larger than " + MAX_CODE_POINTS + " characters");
        }
        try {
            Node root = new Yaml(options()).compose(new StringReader(text));
            if (root != null) checkGraph(root, text);
            return root;
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String msg = describe(e);
            if (m == null) throw new YamlProblem(1, 1, msg, e);
            throw new YamlProblem(m.getLine() + 1, m.getColumn() + 1, msg, e);
        } catch (ReaderException e) {
            int[] lc = lineColumnOfCodePoint(text, e.getPosition());
            throw new YamlProblem(lc[0], lc[1], String.format("character U+%04X is not allowed in YAML", e.getCodePoint()), e);
        } catch (YAMLException e) {
            throw new YamlProblem(1, 1, cleanMessage(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new YamlProblem(1, 1, "YAML is nested too deeply");
        }
    }

    /** Reads a composed node as a {@link YamlValue}. */
    public static YamlValue value(Node node) throws YamlProblem {
        int[] budget = {MAX_NODES_VISITED};
        return value(node, budget);
    }

    private static YamlValue value(Node node, int[] budget) throws YamlProblem {
        if (--budget[0] < 0) {
            throw problemAt(node, "YAML expands to too many values (more than " + MAX_NODES_VISITED + ")");
        }
        if (node instanceof ScalarNode s) {
            return new YamlValue.Scalar(s.getValue(), Tag.NULL.equals(s.getTag()));
        }
        if (node instanceof SequenceNode seq) {
            List<YamlValue> items = new ArrayList<>();
            for (Node child : seq.getValue()) items.add(value(child, budget));
            return new YamlValue.Sequence(items);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            entries.put(keyText(t.getKeyNode()), value(t.getValueNode(), budget));
        }
        return new YamlValue.Mapping(entries);
    }

    /** The text of a mapping key; keys must be scalars. */
    public static String keyText(Node key) throws YamlProblem {
        if (key instanceof ScalarNode s) return s.getValue();
        throw problemAt(key, "a key must be plain text, not a list or a map");
    }

    public static YamlProblem problemAt(Node node, String message) {
        Mark m = node.getStartMark();
        return new YamlProblem(m.getLine() + 1, m.getColumn() + 1, message);
    }

    /** Refuses tags that would ask for typed objects, and non-scalar keys. Iterative: no stack to blow. */
    private static void checkGraph(Node root, String text) throws YamlProblem {
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) continue;
            if (!ALLOWED_TAGS.contains(n.getTag())) {
                throw problemAt(n, "tag " + n.getTag().getValue() + " is not allowed in front matter");
            }
            if (n instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            } else if (n instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    keyText(t.getKeyNode());
                    todo.push(t.getKeyNode());
                    todo.push(t.getValueNode());
                }
            }
        }
    }

    private static String describe(MarkedYAMLException e) {
        StringBuilder sb = new StringBuilder();
        if (e.getContext() != null) sb.append(e.getContext());
        if (e.getProblem() != null) {
            if (sb.length() > 0) sb.append(": ");
            sb.append(e.getProblem());
        }
        return sb.length() == 0 ? cleanMessage(e.getMessage()) : cleanMessage(sb.toString());
    }

    private static String cleanMessage(String message) {
        if (message == null) return "invalid YAML";
        String firstLine = message.strip().split("\\R", 2)[0];
        return firstLine.isEmpty() ? "invalid YAML" : firstLine;
    }

    private static int[] lineColumnOfCodePoint(String text, int cpIndex) {
        int line = 1, col = 1, cp = 0;
        for (int i = 0; i < text.length() && cp < cpIndex; i = text.offsetByCodePoints(i, 1), cp++) {
            char c = text.charAt(i);
            if (c == '\n') { line++; col = 1; } else col++;
        }
        return new int[] {line, col};
    }
}
