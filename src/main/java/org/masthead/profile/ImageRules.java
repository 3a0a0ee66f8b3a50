package org.masthead.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where images dropped or pasted into an article go: a folder under the site root and a name
 * pattern, from the profile's {@code images:} section, e.g.
 * {@code images: { folder: images/posts_img, name: "{slug}-{n}" }}.
 *
 * @param folder the folder, relative to the site root
 * @param name   the file name without extension; {@code {slug}} (the article's), {@code {name}} (the
 *               image's own), {@code {n}} (1, 2, … the first free), {@code {yyyy}}, {@code {mm}}, {@code {dd}}
 */
public record ImageRules(String folder, String name) {
    public static final ImageRules DEFAULT = new ImageRules("images", "{slug}-{n}");
    private static final List<String> TOKENS = List.of("slug", "name", "n", "yyyy", "mm", "dd");
    private static final Pattern TOKEN = Pattern.compile("\\{([^}]*)}");

    static ImageRules parse(Node v) throws YamlProblem {
        if (!(v instanceof MappingNode m))
            throw SafeYaml.problemAt(v, "images are 'folder:' and 'name:' lines, e.g. 'folder: images/posts_img'");
        String folder = DEFAULT.folder(), name = DEFAULT.name();
        for (NodeTuple t : m.getValue()) {
            String key = SafeYaml.keyText(t.getKeyNode());
            Node value = t.getValueNode();
            if (!(value instanceof ScalarNode s) || s.getValue().isBlank())
                throw SafeYaml.problemAt(value, "'" + key + "' takes one value");
            switch (key) {
                case "folder" -> folder = folder(s);
                case "name" -> name = name(s);
                default -> throw SafeYaml.problemAt(
                        t.getKeyNode(), "unknown images key '" + key + "' (known: folder, name)");
            }
        }
        return new ImageRules(folder, name);
    }

    private static String folder(ScalarNode s) throws YamlProblem {
        String f = s.getValue().trim().replace('\\', '/');
        Path p = Path.of(f).normalize();
        if (f.startsWith("/") || p.isAbsolute() || p.startsWith(".."))
            throw SafeYaml.problemAt(s, "the images folder is a folder inside the site, like images/posts_img");
        return p.toString().replace('\\', '/');
    }

    private static String name(ScalarNode s) throws YamlProblem {
        String n = s.getValue().trim();
        Matcher m = TOKEN.matcher(n);
        while (m.find()) {
            if (!TOKENS.contains(m.group(1)))
                throw SafeYaml.problemAt(
                        s,
                        "unknown part {" + m.group(1) + "} in the image name (known: {slug}, {name}, {n}, "
                                + "{yyyy}, {mm}, {dd})");
        }
        if (n.contains("/") || n.contains("\\") || n.equals(".") || n.equals(".."))
            throw SafeYaml.problemAt(s, "the image name is a file name, without folders: put those in 'folder'");
        return n;
    }
}
