package org.masthead.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    private static final Set<Tag> ALLOWED_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP, Tag.MERGE);

    /** Making a Yaml builds its constructor and resolver, a tenth of reading a header: one per thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> new Yaml(options()));

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
            Node root = YAML.get().compose(new StringReader(text));
            if (root != null) checkGraph(root);
            return root;
        } catch (YamlProblem p) {
            throw p.in(text);
        } catch (MarkedYAMLException e) {
            YamlErrorWords.Placed p = YamlErrorWords.explain(e, text);
            throw YamlProblem.at(text, p.index(), p.message(), e);
        } catch (ReaderException e) {
            throw YamlProblem.at(
                    text,
                    e.getPosition(),
                    String.format("character U+%04X is not allowed in YAML", e.getCodePoint()),
                    e);
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

    /** A problem at a node; {@link YamlProblem#in} places it as an editor counts lines. */
    public static YamlProblem problemAt(Node node, String message) {
        Mark m = node.getStartMark();
        return YamlProblem.atMark(m.getLine() + 1, m.getColumn() + 1, m.getIndex(), message);
    }

    /**
     * Refuses tags that would ask for typed objects, non-scalar keys, and recursive aliases
     * ({@code a: &a [*a]}), which no reader of front matter can expand. Iterative: no stack to blow.
     */
    private static void checkGraph(Node root) throws YamlProblem {
        ArrayDeque<Object> todo = new ArrayDeque<>();
        Set<Node> done = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
        todo.push(root);
        while (!todo.isEmpty()) {
            Object top = todo.pop();
            if (top instanceof Leave leave) {
                onPath.remove(leave.node());
                done.add(leave.node());
                continue;
            }
            Node n = (Node) top;
            if (n instanceof ScalarNode) {
                // A scalar holds nothing: no alias can loop through it, so it needs no bookkeeping.
                if (!ALLOWED_TAGS.contains(n.getTag())) {
                    throw problemAt(n, "tag " + n.getTag().getValue() + " is not allowed in front matter");
                }
                continue;
            }
            if (onPath.contains(n)) {
                throw problemAt(n, "this value contains an alias to itself (a recursive alias), which cannot be read");
            }
            if (done.contains(n)) continue;
            if (!ALLOWED_TAGS.contains(n.getTag())) {
                throw problemAt(n, "tag " + n.getTag().getValue() + " is not allowed in front matter");
            }
            onPath.add(n);
            todo.push(new Leave(n));
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

    /** Marks the end of a node's subtree in {@link #checkGraph}'s walk. */
    private record Leave(Node node) {}

    private static String cleanMessage(String message) {
        if (message == null) return "invalid YAML";
        String firstLine = message.strip().split("\\R", 2)[0];
        return firstLine.isEmpty() ? "invalid YAML" : firstLine;
    }
}
