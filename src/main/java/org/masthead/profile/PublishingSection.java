package org.masthead.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.masthead.text.Urls;
import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads the profile's {@code publisher} and {@code author} sections. */
final class PublishingSection {
    /** X's handles: up to 15 letters, digits or underscores. */
    private static final Pattern X_HANDLE = Pattern.compile("@[A-Za-z0-9_]{1,15}");
    /** {@code @name@server}, as Mastodon's {@code fediverse:creator} takes it. */
    private static final Pattern FEDIVERSE_HANDLE = Pattern.compile("@[^@\\s]+@[^@\\s/]+\\.[^@\\s/]+");

    private PublishingSection() {}

    static Publishing publisher(Node node, Publishing p) throws YamlProblem {
        Map<String, ScalarNode> v = lines(node, "publisher", "type", "logo", "twitter");
        String type = text(v, "type");
        if (type.isEmpty()) type = Publishing.BLOG_POSTING;
        else if (!type.equals(Publishing.BLOG_POSTING) && !type.equals(Publishing.NEWS_ARTICLE))
            throw SafeYaml.problemAt(v.get("type"), "publisher type is BlogPosting or NewsArticle");
        String logo = text(v, "logo");
        if (logo.contains(":") && !Urls.isAbsoluteHttp(logo))
            throw SafeYaml.problemAt(v.get("logo"), "the logo is a site path (/images/logo.png) or an http(s) URL");
        return p.withPublisher(type, logo, handle(v, "twitter", X_HANDLE, "an X handle like @harbournotes"));
    }

    static Publishing author(Node node, Publishing p) throws YamlProblem {
        Map<String, ScalarNode> v = lines(node, "author", "name", "url", "twitter", "fediverse");
        String url = text(v, "url");
        if (!url.isEmpty() && !Urls.isAbsoluteHttp(url))
            throw SafeYaml.problemAt(v.get("url"), "the author's url is an absolute http(s) URL");
        return p.withAuthor(
                text(v, "name"),
                url,
                handle(v, "twitter", X_HANDLE, "an X handle like @harbournotes"),
                handle(v, "fediverse", FEDIVERSE_HANDLE, "a fediverse handle like @name@mastodon.social"));
    }

    private static Map<String, ScalarNode> lines(Node node, String section, String... keys) throws YamlProblem {
        if (!(node instanceof MappingNode map))
            throw SafeYaml.problemAt(node, section + " is 'key: value' lines (" + String.join(", ", keys) + ")");
        Map<String, ScalarNode> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = SafeYaml.keyText(t.getKeyNode());
            if (!java.util.List.of(keys).contains(key))
                throw SafeYaml.problemAt(
                        t.getKeyNode(),
                        "unknown key '" + key + "' in " + section + " (known: " + String.join(", ", keys) + ")");
            if (!(t.getValueNode() instanceof ScalarNode s))
                throw SafeYaml.problemAt(t.getValueNode(), "'" + key + "' takes one value");
            out.put(key, s);
        }
        return out;
    }

    private static String text(Map<String, ScalarNode> v, String key) {
        ScalarNode s = v.get(key);
        return s == null ? "" : s.getValue().strip();
    }

    private static String handle(Map<String, ScalarNode> v, String key, Pattern shape, String example)
            throws YamlProblem {
        String h = text(v, key);
        if (!h.isEmpty() && !h.startsWith("@")) h = "@" + h;
        if (!h.isEmpty() && !shape.matcher(h).matches())
            throw SafeYaml.problemAt(v.get(key), "'" + key + "' is " + example);
        return h;
    }
}
