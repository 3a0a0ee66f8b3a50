package org.masthead.profile;

import java.util.Locale;
import java.util.regex.Pattern;

import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * How a site's articles are written: their language ({@code language: en-GB}, a BCP 47 tag; empty
 * when the site names none) and a word-count target ({@code words: {min: 600, max: 1500}}; 0 for
 * no bound).
 */
public record WritingRules(String language, int minWords, int maxWords) {
    public static final WritingRules NONE = new WritingRules("", 0, 0);
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");

    public WritingRules {
        language = language == null ? "" : language;
    }

    public boolean hasTarget() {
        return minWords > 0 || maxWords > 0;
    }

    WritingRules withLanguage(Node v) throws YamlProblem {
        if (!(v instanceof ScalarNode s) || !TAG.matcher(s.getValue().trim()).matches())
            throw SafeYaml.problemAt(v, "language is a language tag like en-GB, de or pt-BR");
        return new WritingRules(normalTag(s.getValue().trim()), minWords, maxWords);
    }

    WritingRules withWords(Node v) throws YamlProblem {
        if (!(v instanceof MappingNode m)) throw SafeYaml.problemAt(v, "words is a map like {min: 600, max: 1500}");
        int min = 0, max = 0;
        for (NodeTuple t : m.getValue()) {
            String key = SafeYaml.keyText(t.getKeyNode());
            switch (key) {
                case "min" -> min = count(t.getValueNode());
                case "max" -> max = count(t.getValueNode());
                default -> throw SafeYaml.problemAt(t.getKeyNode(), "words takes min and max");
            }
        }
        if (max > 0 && min > max) throw SafeYaml.problemAt(v, "words: min is more than max");
        return new WritingRules(language, min, max);
    }

    private static int count(Node v) throws YamlProblem {
        try {
            int n = Integer.parseInt(((ScalarNode) v).getValue().trim());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (ClassCastException | NumberFormatException e) {
            throw SafeYaml.problemAt(v, "a word count is a whole number");
        }
    }

    /** {@code en_gb} → {@code en-GB}: the language lower case, a region upper case. */
    public static String normalTag(String tag) {
        return Locale.forLanguageTag(tag.replace('_', '-')).toLanguageTag();
    }
}
