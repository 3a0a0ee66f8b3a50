package org.masthead.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.article.Article;
import org.masthead.article.FrontMatterEntry;
import org.masthead.profile.FieldRole;
import org.masthead.profile.RoleValues;
import org.masthead.profile.SiteProfile;
import org.masthead.text.Urls;
import org.masthead.theme.SiteTheme;
import org.masthead.yaml.YamlValue;

/**
 * The article in the site's own template. The template gets every front-matter key by name, the
 * fields by role under {@code page} (and by name where no key takes it), the site's name, base URL
 * and language, and three HTML values: {@code body} (the patchable body element), {@code meta} (the
 * tags Masthead keeps right) and {@code stylesheets}. A template that writes no {@code meta} or
 * {@code stylesheets} gets them before {@code </head>}. The page is made once with a mark where the
 * body goes (the frame), so the preview can tell a change of the body from a change of the rest.
 */
final class ThemedPage {
    /** Stands where the body goes; a front-matter value cannot hold it (YAML has no NUL). */
    static final String BODY_MARK = "\u0000mh-body\u0000";
    /** The preview's page may run nothing and fetch nothing; the template's scripts are the site's, for the export. */
    static final String PREVIEW_POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            + "img-src data:; font-src data:; media-src data:; style-src 'unsafe-inline'\">\n";

    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("^\\s*<!doctype[^>]*>\\s*", Pattern.CASE_INSENSITIVE);

    private ThemedPage() {}

    /** The frame: the whole page with {@link #BODY_MARK} for the body. */
    static String frame(
            SiteTheme theme,
            Article article,
            RoleValues v,
            SiteProfile profile,
            LocalAssets assets,
            PageOptions options) {
        String stylesheets = SiteStylesheets.html(theme.stylesheets(), profile.siteRoot(), assets.baseUrl(), options);
        Map<String, Object> scope = new HashMap<>();
        for (FrontMatterEntry e : v.frontMatter().entries()) scope.put(e.key(), plain(e.value()));
        Map<String, Object> page = roles(article, v, profile, assets, options);
        scope.put("page", page);
        page.forEach(scope::putIfAbsent);
        scope.put("body", BODY_MARK);
        scope.put("meta", options.extraHead());
        scope.put("stylesheets", stylesheets);
        String html = theme.render(scope);
        String head =
                (theme.writes("meta") ? "" : options.extraHead()) + (theme.writes("stylesheets") ? "" : stylesheets);
        if (!head.isEmpty()) {
            Matcher end = HEAD_END.matcher(html);
            html = end.find() ? html.substring(0, end.start()) + head + html.substring(end.start()) : head + html;
        }
        if (options.safe()) {
            Matcher doctype = DOCTYPE.matcher(html);
            int at = doctype.find() ? doctype.end() : 0;
            html = html.substring(0, at) + PREVIEW_POLICY + html.substring(at);
        }
        return html;
    }

    /** The element the preview patches, where the template's {@code body} goes. */
    static String bodyElement(String bodyHtml) {
        return "<div class=\"mh-body\" id=\"mh-body\">\n" + bodyHtml + "</div>";
    }

    private static Map<String, Object> roles(
            Article article, RoleValues v, SiteProfile profile, LocalAssets assets, PageOptions options) {
        Map<String, Object> r = new LinkedHashMap<>();
        String date = v.get(FieldRole.DATE);
        String modified = v.get(FieldRole.MODIFIED);
        r.put("title", v.first(FieldRole.PAGE_TITLE, FieldRole.HEADLINE));
        r.put("headline", v.first(FieldRole.HEADLINE, FieldRole.PAGE_TITLE));
        r.put("description", v.first(FieldRole.DESCRIPTION, FieldRole.LEAD));
        String lead = v.get(FieldRole.LEAD);
        r.put("lead", lead.isEmpty() ? PlainText.firstParagraphQuick(article.body()) : lead);
        r.put("canonical_url", v.get(FieldRole.CANONICAL_URL));
        r.put("date", date);
        r.put("date_iso", iso(profile, v, date));
        r.put("modified", modified);
        r.put("modified_iso", iso(profile, v, modified));
        r.put(
                "author",
                v.get(FieldRole.AUTHOR).isEmpty() ? profile.publishing().authorName() : v.get(FieldRole.AUTHOR));
        r.put("tags", new ArrayList<>(v.list(FieldRole.TAGS)));
        image(r, v, assets, options);
        r.put("caption", v.get(FieldRole.CAPTION));
        r.put("credit", v.get(FieldRole.IMAGE_CREDIT));
        r.put("credit_url", safeUrl(v.get(FieldRole.IMAGE_CREDIT_URL)));
        r.put("license", v.get(FieldRole.IMAGE_LICENSE));
        r.put("license_url", safeUrl(v.get(FieldRole.IMAGE_LICENSE_URL)));
        r.put("site_name", profile.siteName());
        r.put("base_url", assets.baseUrl());
        r.put(
                "lang",
                profile.writing().language().isEmpty()
                        ? "en"
                        : profile.writing().language());
        return r;
    }

    /** {@code image_url}, absolute for tags; {@code image_src}, what an {@code <img>} on this page shows. */
    private static void image(Map<String, Object> r, RoleValues v, LocalAssets assets, PageOptions options) {
        String path = v.get(FieldRole.IMAGE_PATH);
        String url = v.get(FieldRole.IMAGE_URL);
        if (!Urls.isAbsoluteHttp(url))
            url = Urls.isAbsoluteHttp(path)
                    ? path
                    : path.isEmpty() || assets.baseUrl().isEmpty() ? "" : Urls.join(assets.baseUrl(), path);
        Optional<Path> local = assets.find(path.isEmpty() ? url : path);
        String src = local.map(p -> options.assets().href(p)).orElse(options.remoteImages() ? url : "");
        r.put("image_url", url);
        r.put("image_src", src);
        r.put("image_alt", v.first(FieldRole.IMAGE_ALT, FieldRole.CAPTION));
    }

    private static String iso(SiteProfile profile, RoleValues v, String date) {
        if (date.isEmpty()) return "";
        return profile.datePattern(v.schema()).parse(date).map(Object::toString).orElse("");
    }

    /** A link the template may write: web addresses only, never a script URL from the front matter. */
    private static String safeUrl(String url) {
        return Urls.isAbsoluteHttp(url) ? url : "";
    }

    private static Object plain(YamlValue value) {
        if (value instanceof YamlValue.Sequence s) {
            List<Object> items = new ArrayList<>();
            for (YamlValue item : s.items()) items.add(plain(item));
            return items;
        }
        if (value instanceof YamlValue.Mapping m) {
            Map<String, Object> map = new LinkedHashMap<>();
            m.entries().forEach((k, x) -> map.put(k, plain(x)));
            return map;
        }
        return value == null ? "" : value.asText();
    }
}
