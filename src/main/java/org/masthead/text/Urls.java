package org.masthead.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** URL rules shared by checks, export and profiles. */
public final class Urls {
    private Urls() {}

    /** An absolute http or https URL with a host. */
    public static boolean isAbsoluteHttp(String url) {
        if (url == null || url.isBlank() || !url.equals(url.strip())) return false;
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && u.getHost() != null
                    && !u.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code scheme://host[:port]} of an absolute URL. */
    public static Optional<String> origin(String url) {
        if (!isAbsoluteHttp(url)) return Optional.empty();
        URI u = URI.create(url);
        return Optional.of(u.getScheme() + "://" + u.getRawAuthority());
    }

    /** Joins a base URL and a site-relative path with exactly one slash between them. */
    public static String join(String base, String path) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String p = path.startsWith("/") ? path : "/" + path;
        return b + p;
    }

    /**
     * The scheme a browser would see in a URL, lowercased, or "" for a relative URL. The URL is
     * taken as the browser reads it, entities already decoded (flexmark does it for Markdown,
     * jsoup for raw HTML). Browsers drop leading C0 controls and spaces and every tab and newline;
     * we drop every control, space and U+FFFD (what an HTML parser makes of NUL) anywhere, which
     * can only make more URLs count as scripts.
     */
    public static String schemeOf(String url) {
        if (url == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') return isScheme(sb) ? sb.toString().toLowerCase(Locale.ROOT) : "";
            if (ignored(c)) continue;
            if (sb.length() >= 40) return "";
            sb.append(c);
        }
        return "";
    }

    private static boolean ignored(char c) {
        return c <= ' ' || c == 0x7F || c == '\uFFFD';
    }

    private static boolean isScheme(CharSequence s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * True for a link that would run script however it is spelt: {@code javascript:},
     * {@code vbscript:} and any {@code data:} (a data URL opened as a page can hold a script).
     */
    public static boolean isScriptLink(String url) {
        String scheme = schemeOf(url);
        return scheme.equals("javascript") || scheme.equals("vbscript") || scheme.equals("data");
    }

    /**
     * True for an image source that could run script: as {@link #isScriptLink} except that
     * {@code data:image/...} is fine, since an image element runs nothing in it (not even SVG's).
     */
    public static boolean isScriptSource(String url) {
        if (!isScriptLink(url)) return false;
        if (!schemeOf(url).equals("data")) return true;
        StringBuilder type = new StringBuilder();
        String rest = url.substring(url.indexOf(':') + 1);
        for (int i = 0; i < rest.length() && type.length() < 6; i++) {
            char c = rest.charAt(i);
            if (!ignored(c)) type.append(Character.toLowerCase(c));
        }
        return !type.toString().equals("image/");
    }
}
