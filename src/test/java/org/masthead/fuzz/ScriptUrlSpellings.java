package org.masthead.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jsoup.Jsoup;
import org.masthead.LiveScriptUrls;
import org.masthead.article.Article;
import org.masthead.check.ArticleChecker;
import org.masthead.check.Finding;
import org.masthead.export.HtmlExporter;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script URLs spelt at random the ways browsers still read them (entities decimal, hex, named,
 * with or without ';', leading zeros, any case, tabs and newlines inside, controls in front),
 * placed where a page follows them: Markdown links and references, and raw HTML attributes.
 */
final class ScriptUrlSpellings {
    private static final String[] URLS = {"javascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,x"};
    private static final String[] IGNORED_ENTITIES = {"&#9;", "&#10;", "&#13;", "&#x09;", "&Tab;", "&NewLine;"};
    private static final String[] TEMPLATES = {
        "Some text <a href=QUQ>x</a> more.",
        "<div>\n<a href=QUQ>x</a>\n</div>",
        "<iframe src=QUQ></iframe>",
        "<form action=QUQ><button formaction=QUQ>go</button></form>",
        "<svg><a xlink:href=QUQ><text>t</text></a></svg>",
        "<object data=QUQ></object>",
        "<p><embed src=QUQ></p>"
    };

    /** One generated case: the snippet appended to a sample's body, and how it was made. */
    record Case(String snippet, String how) {}

    private ScriptUrlSpellings() {}

    static Case next(Random r) {
        String url = URLS[r.nextInt(URLS.length)];
        int context = r.nextInt(TEMPLATES.length + 2);
        if (context == 0) return new Case("See [the link](" + spell(url, r, true, false) + ") here.", "markdown link");
        if (context == 1)
            return new Case("See [the note][r1].\n\n[r1]: " + spell(url, r, true, false), "markdown reference");
        String quote =
                switch (r.nextInt(3)) {
                    case 0 -> "\"";
                    case 1 -> "'";
                    default -> "";
                };
        String spelt = spell(url, r, false, quote.isEmpty());
        String template = TEMPLATES[context - 2];
        return new Case(
                template.replace("QUQ", quote + spelt + quote),
                "html " + template.substring(0, 8) + " quote[" + quote + "]");
    }

    /** The case appended to a sample: the check warns of it, neither page carries it live. */
    static void verify(Path sample, Case c, Path dir) throws Exception {
        SiteProfile profile = ProfileLoader.forArticle(sample);
        String text = Files.readString(sample) + "\n\n" + c.snippet() + "\n";
        Article a = Article.of(sample, text, false);
        List<Finding> findings = ArticleChecker.check(a, profile);
        assertThat(findings).as("findings for %s", c).anySatisfy(f -> assertThat(f.message())
                .contains("runs script"));
        String exported = HtmlExporter.html(a, profile, dir.resolve("out.html"), false, new ArrayList<>());
        assertThat(LiveScriptUrls.in(Jsoup.parse(exported)))
                .as("exported %s", c)
                .isEmpty();
        String preview = ArticleRenderer.render(a, profile, PageOptions.preview(f -> "x"))
                .html();
        assertThat(LiveScriptUrls.in(Jsoup.parse(preview)))
                .as("preview of %s", c)
                .isEmpty();
    }

    private static String spell(String url, Random r, boolean markdown, boolean unquoted) {
        int colon = url.indexOf(':');
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i <= colon; i++) {
            char c = url.charAt(i);
            if (Character.isLetter(c) && r.nextBoolean())
                c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
            tokens.add(String.valueOf(c));
            if (i < colon && r.nextInt(5) == 0) tokens.add(ignored(r, markdown, unquoted));
        }
        // Entities are chosen once the neighbours are known: without ';' they end at the first non-digit.
        StringBuilder sb = new StringBuilder(leading(r, markdown, unquoted));
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            char next = i + 1 < tokens.size() ? tokens.get(i + 1).charAt(0) : url.charAt(colon + 1);
            sb.append(
                    t.length() == 1 && !Character.isWhitespace(t.charAt(0))
                            ? encode(t.charAt(0), next, r, markdown)
                            : t);
        }
        return sb.append(url.substring(colon + 1)).toString();
    }

    private static String encode(char c, char next, Random r, boolean markdown) {
        String zeros = "0".repeat(r.nextInt(3));
        return switch (r.nextInt(markdown ? 4 : 6)) {
            case 1 -> "&#" + zeros + (int) c + ";";
            case 2 -> (r.nextBoolean() ? "&#x" : "&#X") + zeros + hex(c, r) + ";";
            case 3 -> c == ':' ? "&colon;" : String.valueOf(c);
            case 4 -> Character.isDigit(next) ? String.valueOf(c) : "&#" + zeros + (int) c;
            case 5 -> Character.digit(next, 16) >= 0 ? String.valueOf(c) : "&#x" + zeros + hex(c, r);
            default -> String.valueOf(c);
        };
    }

    private static String hex(char c, Random r) {
        String h = Integer.toHexString(c);
        return r.nextBoolean() ? h.toUpperCase() : h;
    }

    /** Something a browser drops inside a URL: literal only where the context allows it. */
    private static String ignored(Random r, boolean markdown, boolean unquoted) {
        if (!markdown && !unquoted && r.nextBoolean()) return r.nextBoolean() ? "\t" : "\n";
        return IGNORED_ENTITIES[r.nextInt(IGNORED_ENTITIES.length)];
    }

    private static String leading(Random r, boolean markdown, boolean unquoted) {
        if (r.nextInt(3) != 0) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            int c = 1 + r.nextInt(32);
            sb.append(!markdown && !unquoted && c == 32 ? " " : "&#" + c + ";");
        }
        return sb.toString();
    }
}
