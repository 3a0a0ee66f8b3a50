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
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isEmpty();
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

    /** True for a link that would run script: {@code javascript:}, {@code vbscript:}, {@code data:text/html}. */
    public static boolean isScriptLink(String url) {
        if (url == null) return false;
        StringBuilder sb = new StringBuilder();
        // Browsers ignore control characters and white space inside the scheme.
        for (char c : url.toCharArray()) if (c > ' ') sb.append(Character.toLowerCase(c));
        String u = sb.toString();
        return u.startsWith("javascript:") || u.startsWith("vbscript:") || u.startsWith("data:text/html");
    }
}
