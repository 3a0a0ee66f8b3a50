package org.masthead.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a composed node as a {@link YamlValue} with merge keys ({@code <<: *base}) resolved, as
 * the site generators that read the header do: a map's own keys win over merged ones, and of
 * several merged maps the first wins. For reading only; the editor keeps {@code <<} as written.
 * Bounded like {@link SafeYaml#value}: aliases count each time they are used.
 */
public final class MergedYaml {
    /** Deeper than the composer allows by itself; only an alias cycle gets here. */
    private static final int MAX_DEPTH = 4 * SafeYaml.MAX_NESTING;

    private MergedYaml() {}

    public static YamlValue value(Node node) throws YamlProblem {
        int[] budget = {SafeYaml.MAX_NODES_VISITED};
        return value(node, budget, 0);
    }

    private static YamlValue value(Node node, int[] budget, int depth) throws YamlProblem {
        if (--budget[0] < 0) {
            throw SafeYaml.problemAt(
                    node, "YAML expands to too many values (more than " + SafeYaml.MAX_NODES_VISITED + ")");
        }
        if (depth > MAX_DEPTH) throw SafeYaml.problemAt(node, "YAML refers to itself through an alias");
        if (node instanceof ScalarNode s) return new YamlValue.Scalar(s.getValue(), Tag.NULL.equals(s.getTag()));
        if (node instanceof SequenceNode seq) {
            List<YamlValue> items = new ArrayList<>();
            for (Node child : seq.getValue()) items.add(value(child, budget, depth + 1));
            return new YamlValue.Sequence(items);
        }
        return mapping((MappingNode) node, budget, depth);
    }

    private static YamlValue.Mapping mapping(MappingNode map, int[] budget, int depth) throws YamlProblem {
        Map<String, YamlValue> own = new LinkedHashMap<>();
        List<YamlValue.Mapping> merged = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            Node valueNode = t.getValueNode();
            if (keyNode instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
                if (valueNode instanceof MappingNode m) {
                    merged.add(mapping(m, budget, depth + 1));
                } else if (valueNode instanceof SequenceNode seq
                        && seq.getValue().stream().allMatch(n -> n instanceof MappingNode)) {
                    for (Node n : seq.getValue()) merged.add(mapping((MappingNode) n, budget, depth + 1));
                } else {
                    throw SafeYaml.problemAt(valueNode, "a merge key (<<) takes a map or a list of maps");
                }
                continue;
            }
            String key = SafeYaml.keyText(keyNode);
            if (own.containsKey(key)) throw SafeYaml.problemAt(keyNode, "key '" + key + "' appears twice");
            own.put(key, value(valueNode, budget, depth + 1));
        }
        Map<String, YamlValue> all = new LinkedHashMap<>(own);
        for (YamlValue.Mapping m : merged) m.entries().forEach(all::putIfAbsent);
        return new YamlValue.Mapping(all);
    }

    /**
     * The value node of a key in a map, merged keys included (own keys first, then each merged
     * map in order); null when the map has no such key.
     */
    public static Node get(MappingNode map, String key) throws YamlProblem {
        return get(map, key, 0);
    }

    private static Node get(MappingNode map, String key, int depth) throws YamlProblem {
        if (depth > MAX_DEPTH) throw SafeYaml.problemAt(map, "YAML refers to itself through an alias");
        List<Node> merges = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && Tag.MERGE.equals(k.getTag())) {
                if (t.getValueNode() instanceof SequenceNode seq) merges.addAll(seq.getValue());
                else merges.add(t.getValueNode());
            } else if (SafeYaml.keyText(t.getKeyNode()).equals(key)) {
                return t.getValueNode();
            }
        }
        for (Node m : merges) {
            Node found = m instanceof MappingNode mm ? get(mm, key, depth + 1) : null;
            if (found != null) return found;
        }
        return null;
    }
}
