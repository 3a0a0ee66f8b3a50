package org.masthead.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.masthead.link.LinkRule;
import org.masthead.source.SourceException;
import org.masthead.text.Urls;
import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Finds and reads the {@code masthead.yml} that governs an article. */
public final class ProfileLoader {
    public static final String FILE_NAME = "masthead.yml";

    private ProfileLoader() {}

    /** The profile in the article's folder or the nearest parent; defaults when there is none. */
    public static SiteProfile forArticle(Path article) throws IOException, SourceException {
        Path folder = article.toAbsolutePath().getParent();
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return load(candidate);
        }
        return SiteProfile.defaults(folder);
    }

    public static SiteProfile load(Path file) throws IOException, SourceException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            return parse(file, text);
        } catch (YamlProblem raw) {
            YamlProblem p = raw.in(text);
            throw new SourceException(file, p.line(), p.column(), p.getMessage(), p);
        }
    }

    static SiteProfile parse(Path file, String text) throws YamlProblem {
        Node root = SafeYaml.compose(text);
        Path folder = file.toAbsolutePath().getParent();
        if (root == null) return SiteProfile.defaults(folder);
        if (!(root instanceof MappingNode map))
            throw SafeYaml.problemAt(root, "a profile is a list of 'key: value' lines");
        String schemaName = null,
                siteName = null,
                baseUrl = null,
                dateFormat = null,
                twitterCard = null,
                themeColor = null;
        Path siteRoot = folder;
        NewArticleRules newArticle = NewArticleRules.DEFAULTS;
        Map<String, Integer> limits = new LinkedHashMap<>();
        List<FieldSpec> fields = new ArrayList<>();
        Map<String, LinkRule> links = new LinkedHashMap<>();
        ImageRules images = ImageRules.DEFAULT;
        WritingRules writing = WritingRules.NONE;
        PageLook page = PageLook.BUILT_IN;
        Publishing publishing = Publishing.NONE;
        for (NodeTuple t : map.getValue()) {
            String key = SafeYaml.keyText(t.getKeyNode());
            Node v = t.getValueNode();
            switch (key) {
                case "schema" -> schemaName = scalar(v, key);
                case "site_name" -> siteName = scalar(v, key);
                case "base_url" -> baseUrl = baseUrl(v);
                case "site_root" -> siteRoot = folder.resolve(scalar(v, key)).normalize();
                case "date_format" -> dateFormat = datePattern(v);
                case "limits" -> limits.putAll(limits(v));
                case "fields" -> fields.addAll(fields(v));
                case "links" -> links.putAll(links(v));
                case "twitter_card" -> twitterCard = oneOf(v, key, "summary", "summary_large_image");
                case "theme_color" -> themeColor = color(v);
                case "images" -> images = ImageRules.parse(v);
                case "new_article" -> newArticle = NewArticleSection.read(v, file, text);
                case "language" -> writing = writing.withLanguage(v);
                case "words" -> writing = writing.withWords(v);
                case "page" -> page = PageSection.read(v, file, text);
                case "publisher" -> publishing = PublishingSection.publisher(v, publishing);
                case "author" -> publishing = PublishingSection.author(v, publishing);
                default -> throw SafeYaml.problemAt(
                        t.getKeyNode(),
                        "unknown profile key '" + key
                                + "' (known: schema, site_name, base_url, site_root, date_format, limits, "
                                + "fields, links, twitter_card, theme_color, images, new_article, language, words, "
                                + "page, publisher, author)");
            }
        }
        Schema schema = null;
        if (schemaName != null) {
            String name = schemaName;
            Node at = valueNode(map, "schema");
            schema = BuiltInSchemas.named(name)
                    .orElseThrow(
                            () -> SafeYaml.problemAt(at, "unknown schema '" + name + "' (built in: article, hugo)"));
        }
        if (!fields.isEmpty()) {
            schema = schema == null
                    ? new Schema("custom", fields, BuiltInSchemas.ISO_DATE_FORMAT)
                    : schema.merge(schema.name() + "+custom", fields);
        }
        if (!links.isEmpty()) {
            if (schema == null)
                throw SafeYaml.problemAt(valueNode(map, "links"), "'links' needs a 'schema' or 'fields' to link");
            schema = schema.withLinks(links);
        }
        return new SiteProfile(
                file,
                schema,
                siteName,
                baseUrl,
                siteRoot,
                dateFormat,
                limits,
                twitterCard,
                themeColor,
                images,
                newArticle,
                writing,
                page,
                publishing);
    }

    private static Node valueNode(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) return t.getValueNode();
        }
        return map;
    }

    private static String scalar(Node v, String key) throws YamlProblem {
        if (v instanceof ScalarNode s) return s.getValue().trim();
        throw SafeYaml.problemAt(v, "'" + key + "' takes one value");
    }

    private static String oneOf(Node v, String key, String... allowed) throws YamlProblem {
        String value = scalar(v, key);
        if (!List.of(allowed).contains(value)) {
            throw SafeYaml.problemAt(v, "'" + key + "' is one of: " + String.join(", ", allowed));
        }
        return value;
    }

    private static String color(Node v) throws YamlProblem {
        String value = scalar(v, "theme_color");
        if (!value.matches("#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}"))
            throw SafeYaml.problemAt(v, "theme_color is a colour like #1f6f8b");
        return value;
    }

    private static String baseUrl(Node v) throws YamlProblem {
        String url = scalar(v, "base_url");
        if (!url.isEmpty() && !Urls.isAbsoluteHttp(url)) {
            throw SafeYaml.problemAt(v, "base_url must be an absolute http(s) URL, e.g. https://example.com");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String datePattern(Node v) throws YamlProblem {
        String p = scalar(v, "date_format");
        try {
            DatePattern.of(p);
            return p;
        } catch (IllegalArgumentException e) {
            throw SafeYaml.problemAt(v, "date_format '" + p + "' is not a date pattern: " + e.getMessage());
        }
    }

    private static Map<String, Integer> limits(Node v) throws YamlProblem {
        if (!(v instanceof MappingNode m)) throw SafeYaml.problemAt(v, "limits are 'key: number' lines");
        Map<String, Integer> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            out.put(SafeYaml.keyText(t.getKeyNode()), number(t.getValueNode()));
        }
        return out;
    }

    /** {@code target: expression} lines; an empty value ({@code target: none}) drops a built-in link. */
    private static Map<String, LinkRule> links(Node v) throws YamlProblem {
        if (!(v instanceof MappingNode m))
            throw SafeYaml.problemAt(v, "links are 'key: source' lines, e.g. 'twitter_tittle: title'");
        Map<String, LinkRule> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String target = SafeYaml.keyText(t.getKeyNode());
            String expression = scalar(t.getValueNode(), target);
            if (expression.isEmpty() || expression.equals("none")) {
                out.put(target, null);
                continue;
            }
            try {
                out.put(target, LinkRule.parse(target, expression));
            } catch (IllegalArgumentException e) {
                throw SafeYaml.problemAt(t.getValueNode(), e.getMessage());
            }
        }
        return out;
    }

    private static int number(Node v) throws YamlProblem {
        try {
            int n = Integer.parseInt(scalar(v, "limit"));
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw SafeYaml.problemAt(v, "a limit is a whole number of characters");
        }
    }

    private static List<FieldSpec> fields(Node v) throws YamlProblem {
        if (!(v instanceof SequenceNode seq)) throw SafeYaml.problemAt(v, "fields are a list, one '- key: …' each");
        List<FieldSpec> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof MappingNode m))
                throw SafeYaml.problemAt(item, "a field is a map with at least 'key'");
            Map<String, Node> props = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) props.put(SafeYaml.keyText(t.getKeyNode()), t.getValueNode());
            if (!props.containsKey("key")) throw SafeYaml.problemAt(item, "a field needs a 'key'");
            String key = scalar(props.get("key"), "key");
            try {
                out.add(new FieldSpec(
                        key,
                        props.containsKey("label") ? scalar(props.get("label"), "label") : key,
                        props.containsKey("help") ? scalar(props.get("help"), "help") : "",
                        props.containsKey("type") ? FieldType.parse(scalar(props.get("type"), "type")) : FieldType.TEXT,
                        props.containsKey("role") ? FieldRole.parse(scalar(props.get("role"), "role")) : FieldRole.NONE,
                        props.containsKey("required")
                                && Boolean.parseBoolean(scalar(props.get("required"), "required")),
                        props.containsKey("limit") ? number(props.get("limit")) : 0));
            } catch (IllegalArgumentException e) {
                throw SafeYaml.problemAt(item, "field '" + key + "': unknown type or role (" + e.getMessage() + ")");
            }
        }
        return out;
    }
}
