package org.masthead.profile;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the profile's {@code page} section: {@code template} and {@code stylesheets}, paths
 * relative to masthead.yml's folder that stay inside it. Whether the files exist is found when the
 * page is made, so that a file added later is picked up without opening the site again.
 */
final class PageSection {
    private PageSection() {}

    static PageLook read(Node node, Path profileFile, String text) throws YamlProblem {
        if (!(node instanceof MappingNode map))
            throw SafeYaml.problemAt(node, "page is 'template: …' and 'stylesheets: […]' lines");
        PageLook.Named template = null;
        List<PageLook.Named> sheets = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String key = SafeYaml.keyText(t.getKeyNode());
            Node v = t.getValueNode();
            switch (key) {
                case "template" -> template = named(v, profileFile, text);
                case "stylesheets" -> {
                    if (v instanceof ScalarNode) sheets.add(named(v, profileFile, text));
                    else if (v instanceof SequenceNode seq)
                        for (Node item : seq.getValue()) sheets.add(named(item, profileFile, text));
                    else throw SafeYaml.problemAt(v, "stylesheets is a list of paths, e.g. [theme/site.css]");
                }
                default -> throw SafeYaml.problemAt(
                        t.getKeyNode(), "unknown key '" + key + "' in page (known: template, stylesheets)");
            }
        }
        return new PageLook(template, sheets);
    }

    private static PageLook.Named named(Node v, Path profileFile, String text) throws YamlProblem {
        if (!(v instanceof ScalarNode s) || s.getValue().isBlank())
            throw SafeYaml.problemAt(v, "a page file is a path relative to masthead.yml, e.g. theme/article.mustache");
        String written = s.getValue().strip();
        Path folder = profileFile.toAbsolutePath().getParent();
        Path file;
        try {
            file = folder.resolve(written).normalize();
        } catch (InvalidPathException e) {
            throw SafeYaml.problemAt(v, "'" + written + "' is not a path");
        }
        if (Path.of(written).isAbsolute() || !file.startsWith(folder))
            throw SafeYaml.problemAt(
                    v, "'" + written + "' is outside the site: page files stay in masthead.yml's folder");
        YamlProblem at = SafeYaml.problemAt(v, "").in(text);
        return new PageLook.Named(written, file, profileFile, at.line(), at.column());
    }
}
