package org.masthead.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.text.Urls;
import org.masthead.theme.SiteTheme;

/**
 * The site's stylesheets as {@code <style>} elements of the page. Their {@code url()} references to
 * files inside the site are resolved from the stylesheet's own folder and linked the page's way
 * (data URLs in the preview, relative or copied files in an export). Remote references stay as
 * written in an export; in the preview they are emptied, so nothing is fetched and a font falls back.
 */
final class SiteStylesheets {
    private static final Pattern URL =
            Pattern.compile("url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"\\s]*))\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** Text that would end the style element early. */
    private static final Pattern STYLE_END = Pattern.compile("</(style)", Pattern.CASE_INSENSITIVE);

    private SiteStylesheets() {}

    static String html(List<SiteTheme.Stylesheet> sheets, Path siteRoot, String baseUrl, PageOptions options) {
        StringBuilder sb = new StringBuilder();
        for (SiteTheme.Stylesheet s : sheets) {
            String css = rewrite(s.css(), new LocalAssets(siteRoot, s.file().getParent(), baseUrl), options);
            sb.append("<style>\n")
                    .append(STYLE_END.matcher(css).replaceAll("<\\\\/$1"))
                    .append("\n</style>\n");
        }
        return sb.toString();
    }

    static String rewrite(String css, LocalAssets assets, PageOptions options) {
        Matcher m = URL.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(), ref, assets, options)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replacement(String written, String ref, LocalAssets assets, PageOptions options) {
        String r = ref.strip();
        if (r.isEmpty() || r.startsWith("#") || r.regionMatches(true, 0, "data:", 0, 5)) return written;
        boolean remote = Urls.isAbsoluteHttp(r) || r.startsWith("//");
        Optional<Path> local = remote && !r.startsWith("//") ? assets.find(r) : Optional.empty();
        if (local.isEmpty() && !remote && !r.contains(":")) local = assets.find(r);
        if (local.isPresent()) {
            String href = options.assets().href(local.get());
            if (!href.isEmpty()) return "url(\"" + href.replace("\"", "%22") + "\")";
        }
        // Not a file of the site: kept for the published page, never fetched by the preview.
        return options.remoteImages() ? written : "url()";
    }
}
