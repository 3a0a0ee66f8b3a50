package org.masthead.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.article.Article;
import org.masthead.source.SourceException;
import org.masthead.yaml.SafeYaml;
import org.masthead.yaml.YamlProblem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code new_article} section of a profile. Unlike the rest of the profile, a bad value here does
 * not make the profile unreadable: it is reported and its default used, so editing and checking still work
 * while the writer fixes how new articles start.
 */
final class NewArticleSection {
    private static final Pattern TOKEN = Pattern.compile("\\{([^{}]*)}");
    private static final long MAX_TEMPLATE_BYTES = 1 << 20;

    private final Path siteFolder;
    private final List<YamlProblem> problems = new ArrayList<>();
    private String folder;
    private String file;
    private String url;
    private Path template;
    private String templateText;
    private String draftKey;

    private NewArticleSection(Path siteFolder) {
        this.siteFolder = siteFolder;
    }

    /** The rules in {@code node}; {@code text} and {@code profileFile} place the problems found. */
    static NewArticleRules read(Node node, Path profileFile, String text) {
        NewArticleSection s = new NewArticleSection(profileFile.toAbsolutePath().getParent());
        s.readAll(node);
        List<SourceException> placed = new ArrayList<>();
        for (YamlProblem raw : s.problems) {
            YamlProblem p = raw.in(text);
            placed.add(new SourceException(profileFile, p.line(), p.column(), p.getMessage()));
        }
        return new NewArticleRules(s.folder, s.file, s.url, s.template, s.templateText, s.draftKey, placed);
    }

    private void readAll(Node node) {
        if (!(node instanceof MappingNode map)) {
            problems.add(SafeYaml.problemAt(
                    node, "new_article is a list of 'key: value' lines (folder, file, url, template, draft_key)"));
            return;
        }
        for (NodeTuple t : map.getValue()) {
            try {
                String key = SafeYaml.keyText(t.getKeyNode());
                Node v = t.getValueNode();
                switch (key) {
                    case "folder" -> folder = insideSite(v, key, scalar(v, key), false);
                    case "file" -> file = insideSite(v, key, tokens(v, key, nonEmpty(v, key), false), true);
                    case "url" -> url = tokens(v, key, scalar(v, key), true);
                    case "template" -> template(v);
                    case "draft_key" -> {
                        String k = scalar(v, key);
                        draftKey = k.equals("none") ? "" : k;
                    }
                    default -> throw SafeYaml.problemAt(
                            t.getKeyNode(),
                            "unknown new_article key '" + key + "' (known: folder, file, url, template, draft_key)");
                }
            } catch (YamlProblem p) {
                problems.add(p);
            }
        }
    }

    private static String scalar(Node v, String key) throws YamlProblem {
        if (v instanceof ScalarNode s) return s.getValue().trim();
        throw SafeYaml.problemAt(v, "new_article " + key + " takes one value");
    }

    private static String nonEmpty(Node v, String key) throws YamlProblem {
        String s = scalar(v, key);
        if (s.isEmpty()) throw SafeYaml.problemAt(v, "new_article " + key + " is empty; the default is used");
        return s;
    }

    /** The pattern, when every {@code {token}} in it is known. */
    private static String tokens(Node v, String key, String pattern, boolean url) throws YamlProblem {
        Matcher m = TOKEN.matcher(pattern);
        while (m.find()) {
            String token = m.group(1);
            if (!NewArticleRules.PATH_TOKENS.contains(token) && !(url && token.equals("base_url"))) {
                throw SafeYaml.problemAt(
                        v,
                        "unknown token {" + token + "} in new_article " + key + " (known: {slug}, {yyyy}, {mm}, {dd}"
                                + (url ? ", {base_url})" : ")"));
            }
        }
        return pattern;
    }

    /** A relative path that stays in the site's folder (tokens count as one plain name each). */
    private String insideSite(Node v, String key, String path, boolean pattern) throws YamlProblem {
        String plain = pattern ? TOKEN.matcher(path).replaceAll("x") : path;
        boolean absolute = plain.startsWith("/") || plain.startsWith("\\") || plain.matches("[A-Za-z]:.*");
        Path resolved;
        try {
            resolved = siteFolder.resolve(plain).normalize();
        } catch (IllegalArgumentException e) {
            throw SafeYaml.problemAt(v, "new_article " + key + " '" + path + "' is not a path");
        }
        if (absolute || !resolved.startsWith(siteFolder) || (pattern && resolved.equals(siteFolder))) {
            throw SafeYaml.problemAt(
                    v,
                    "new_article " + key + " '" + path + "' must be a path inside the site, relative to " + siteFolder);
        }
        return path;
    }

    private void template(Node v) throws YamlProblem {
        String path = insideSite(v, "template", nonEmpty(v, "template"), false);
        Path file = siteFolder.resolve(path).normalize();
        try {
            if (!Files.isRegularFile(file)) throw SafeYaml.problemAt(v, "template " + file + " does not exist");
            if (Files.size(file) > MAX_TEMPLATE_BYTES)
                throw SafeYaml.problemAt(v, "template " + file + " is larger than 1 MB");
            if (!file.toRealPath().startsWith(siteFolder.toRealPath()))
                throw SafeYaml.problemAt(v, "template " + file + " leads out of the site through a link");
            Article a = Article.fromBytes(file, Files.readAllBytes(file));
            template = file;
            templateText = a.text();
        } catch (SourceException e) {
            throw SafeYaml.problemAt(v, "template " + e.getMessage());
        } catch (IOException e) {
            throw SafeYaml.problemAt(v, "template " + file + " cannot be read: " + e.getMessage());
        }
    }
}
