package org.masthead.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.profile.FieldRole;
import org.masthead.profile.RoleValues;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.text.Resources;
import org.masthead.text.Urls;
import org.masthead.theme.SiteTheme;

/**
 * Makes the article page as the site shows it: in the site's own template when its profile names
 * one ({@link ThemedPage}), else the built-in page: the headline, the date, the figure with caption
 * and credit, then the body, with our own stylesheet embedded. The preview, the exporter and the
 * cards all come through here.
 */
public final class ArticleRenderer {
    private static final String CSS = Resources.text(ArticleRenderer.class, "article.css");
    /** Class of the element that wraps each top-level block in a chunked page. */
    public static final String CHUNK_CLASS = "mh-chunk";

    private ArticleRenderer() {}

    public static String stylesheet() {
        return CSS;
    }

    public static RenderedPage render(Article article, SiteProfile profile, PageOptions options) {
        FrontMatter fm = article.frontMatter().orElse(null);
        RoleValues values = fm == null ? null : new RoleValues(fm, profile.schemaFor(fm.keys()));
        LocalAssets assets = LocalAssets.forArticle(article, profile, effectiveBaseUrl(profile, values));

        UnaryOperator<String> imageSrc = ref -> {
            Optional<Path> local = assets.find(ref);
            if (local.isPresent()) return options.assets().href(local.get());
            return Urls.isAbsoluteHttp(ref) && !options.remoteImages() ? "" : ref;
        };
        List<String> chunks;
        Supplier<String> body;
        if (options.chunked()) {
            if (options.incremental() != null) {
                var context = new IncrementalChunks.Context(
                        String.valueOf(profile.siteRoot()),
                        String.valueOf(article.path()),
                        String.valueOf(assets.baseUrl()),
                        options.assets(),
                        options.remoteImages());
                chunks = options.incremental()
                        .render(article.body(), article.bodyStartLine(), imageSrc, options.safe(), context);
            } else {
                chunks = MarkdownRenderer.get()
                        .renderChunks(article.body(), article.bodyStartLine(), imageSrc, options.safe());
            }
            List<String> c = chunks;
            body = () -> wrapChunks(c);
        } else {
            chunks = List.of();
            String html =
                    MarkdownRenderer.get().render(article.body(), article.bodyStartLine(), imageSrc, options.safe());
            body = () -> html;
        }

        String title = values == null ? article.displayName() : values.first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE);
        String problem = "";
        if (values != null && profile.page().hasTemplate()) {
            SiteTheme theme = SiteTheme.of(profile);
            if (!theme.usable()) problem = theme.problems().get(0).getMessage();
            else {
                try {
                    String frame = ThemedPage.frame(theme, article, values, profile, assets, options);
                    int at = frame.indexOf(ThemedPage.BODY_MARK);
                    if (at >= 0 && frame.indexOf(ThemedPage.BODY_MARK, at + 1) < 0) {
                        return new RenderedPage(
                                title,
                                "",
                                "",
                                frame,
                                chunks,
                                body,
                                b -> frame.substring(0, at)
                                        + ThemedPage.bodyElement(b)
                                        + frame.substring(at + ThemedPage.BODY_MARK.length()));
                    }
                    problem = theme.templateFile() + ": the template wrote {{{body}}} "
                            + (at < 0 ? "nowhere" : "more than once") + " for this article";
                } catch (IllegalStateException e) {
                    problem = e.getMessage();
                }
            }
        }
        // The preview says why the site's look is not shown; a published page never does.
        String notice = problem.isEmpty() || !options.safe() ? "" : themeNotice(problem);
        String header = values == null ? "" : notice + header(values, profile);
        String figure = values == null ? "" : figure(values, assets, options);
        String head = options.extraHead() + (options.safe() ? ThemedPage.PREVIEW_POLICY : "");
        return new RenderedPage(title, header, figure, null, chunks, body, b -> page(title, header, figure, b, head));
    }

    private static String themeNotice(String problem) {
        return "<div class=\"mh-theme-problem\" id=\"mh-theme-problem\" role=\"alert\">"
                + "The site's template is not used until this is fixed: " + Html.text(problem) + "</div>\n";
    }

    /** The chunks, each in its wrapper element, as the body of a chunked page. */
    public static String wrapChunks(List<String> chunks) {
        StringBuilder sb = new StringBuilder();
        for (String c : chunks) sb.append(wrapChunk(c));
        return sb.toString();
    }

    public static String wrapChunk(String chunk) {
        return "<div class=\"" + CHUNK_CLASS + "\">" + chunk + "</div>\n";
    }

    /** A themed page's frame with an empty body element where the body goes, for the preview to fill. */
    public static String frameWithEmptyBody(String frame) {
        return frame.replace(ThemedPage.BODY_MARK, ThemedPage.bodyElement(""));
    }

    /** The profile's base URL, else the origin of the article's canonical URL. */
    public static String effectiveBaseUrl(SiteProfile profile, RoleValues values) {
        if (!profile.baseUrl().isEmpty()) return profile.baseUrl();
        if (values == null) return "";
        return Urls.origin(values.get(FieldRole.CANONICAL_URL)).orElse("");
    }

    private static String header(RoleValues v, SiteProfile profile) {
        String headline = v.first(FieldRole.HEADLINE, FieldRole.PAGE_TITLE);
        String date = v.get(FieldRole.DATE);
        StringBuilder sb = new StringBuilder("<header class=\"mh-header\" id=\"mh-header\">\n");
        sb.append("<h1 class=\"mh-headline\" id=\"mh-headline\">")
                .append(Html.text(headline))
                .append("</h1>\n");
        if (!date.isEmpty()) {
            Schema schema = v.schema();
            String iso = profile.datePattern(schema)
                    .parse(date)
                    .map(Object::toString)
                    .orElse("");
            sb.append("<p class=\"mh-meta\"><time id=\"mh-date\"")
                    .append(iso.isEmpty() ? "" : " datetime=\"" + iso + "\"")
                    .append('>')
                    .append(Html.text(date))
                    .append("</time></p>\n");
        }
        return sb.append("</header>\n").toString();
    }

    private static String figure(RoleValues v, LocalAssets assets, PageOptions options) {
        String path = v.get(FieldRole.IMAGE_PATH);
        String url = v.get(FieldRole.IMAGE_URL);
        if (path.isEmpty() && url.isEmpty()) return "";
        String alt = v.first(FieldRole.IMAGE_ALT, FieldRole.CAPTION);
        Optional<Path> local = assets.find(path.isEmpty() ? url : path);
        StringBuilder sb = new StringBuilder("<figure class=\"mh-figure\" id=\"mh-figure\">\n");
        if (local.isPresent()) {
            sb.append("<img src=\"")
                    .append(Html.attr(options.assets().href(local.get())))
                    .append("\" alt=\"")
                    .append(Html.attr(alt))
                    .append("\">\n");
        } else if (options.remoteImages() && Urls.isAbsoluteHttp(url)) {
            sb.append("<img src=\"")
                    .append(Html.attr(url))
                    .append("\" alt=\"")
                    .append(Html.attr(alt))
                    .append("\">\n");
        } else {
            String looked = path.isEmpty() ? url : path;
            sb.append("<div class=\"mh-missing-image\" role=\"img\" aria-label=\"")
                    .append(Html.attr(alt))
                    .append("\">")
                    .append("Image not found: ")
                    .append(Html.text(looked))
                    .append("</div>\n");
        }
        String caption = v.get(FieldRole.CAPTION);
        String credit = link(v.get(FieldRole.IMAGE_CREDIT), v.get(FieldRole.IMAGE_CREDIT_URL));
        String license = link(v.get(FieldRole.IMAGE_LICENSE), v.get(FieldRole.IMAGE_LICENSE_URL));
        if (!caption.isEmpty() || !credit.isEmpty() || !license.isEmpty()) {
            sb.append("<figcaption>");
            if (!caption.isEmpty())
                sb.append("<span class=\"mh-caption\">")
                        .append(Html.text(caption))
                        .append("</span>");
            if (!credit.isEmpty() || !license.isEmpty()) {
                sb.append(" <span class=\"mh-credit\">Image: ").append(credit);
                if (!credit.isEmpty() && !license.isEmpty()) sb.append(", ");
                sb.append(license).append("</span>");
            }
            sb.append("</figcaption>\n");
        }
        return sb.append("</figure>\n").toString();
    }

    /** Text linked to a URL when the URL is a web address; front matter never makes a script link. */
    private static String link(String text, String url) {
        if (text.isEmpty()) return "";
        if (!Urls.isAbsoluteHttp(url)) return Html.text(text);
        return "<a href=\"" + Html.attr(url) + "\" rel=\"noopener\">" + Html.text(text) + "</a>";
    }

    private static String page(String title, String header, String figure, String body, String extraHead) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.text(title) + "</title>\n"
                + extraHead
                + "<style>\n" + CSS + "</style>\n</head>\n<body>\n<article class=\"mh-article\">\n"
                + header + figure
                + "<div class=\"mh-body\" id=\"mh-body\">\n" + body + "</div>\n</article>\n</body>\n</html>\n";
    }
}
