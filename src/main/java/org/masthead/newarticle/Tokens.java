package org.masthead.newarticle;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} tokens in a pattern or a template; a token it does not know stays as written. */
final class Tokens {
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z_]+)}");

    private Tokens() {}

    static String fill(String pattern, Map<String, String> values) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v != null ? v : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The tokens of the file and URL patterns. */
    static Map<String, String> forPath(String slug, LocalDate date, String baseUrl) {
        return Map.of(
                "slug", slug,
                "yyyy", String.format("%04d", date.getYear()),
                "mm", String.format("%02d", date.getMonthValue()),
                "dd", String.format("%02d", date.getDayOfMonth()),
                "base_url", baseUrl);
    }
}
