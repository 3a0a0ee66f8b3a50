package org.masthead.link;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.article.Slug;
import org.masthead.text.Urls;

/**
 * How one field is derived from others: a copy of a key, the body's first paragraph, the base URL
 * plus a path, or the URL of a named license. A profile writes it as text, e.g.
 * {@code twitter_tittle: title}, {@code page_first_p: body.first_paragraph},
 * {@code img_url_full: base_url + page_image_src_rel}, {@code figure_license_url: license_url(figure_license)}.
 * A new article adds two more kinds for its first save ({@link #slugOf}, {@link #inPattern}): the slug and the
 * canonical URL the site's {@code new_article} rules make from the title. {@code pattern} holds the text around
 * {@code {slug}} and {@code fallback} the slug for a title that gives none; both are empty for the other kinds.
 */
public record LinkRule(String target, Kind kind, String source, String pattern, String fallback) {

    public enum Kind {
        COPY,
        FIRST_PARAGRAPH,
        BASE_URL_PLUS,
        LICENSE_URL,
        /** The pattern with the {@link Slug} of the source (a title), or the fallback when it gives none. */
        SLUG_OF,
        /** The pattern with the source's text as it is (a slug field the writer may have edited). */
        IN_PATTERN
    }

    public static final String SLUG_TOKEN = "{slug}";

    public LinkRule(String target, Kind kind, String source) {
        this(target, kind, source, "", "");
    }

    /** {@code target} holds {@code pattern} with the slug made from {@code titleKey}, e.g. {@code {slug}}. */
    public static LinkRule slugOf(String target, String titleKey, String pattern, String fallback) {
        return new LinkRule(target, Kind.SLUG_OF, titleKey, pattern, fallback);
    }

    /** {@code target} holds {@code pattern} with {@code slugKey}'s value, e.g. {@code https://s.example/a/{slug}}. */
    public static LinkRule inPattern(String target, String slugKey, String pattern) {
        return new LinkRule(target, Kind.IN_PATTERN, slugKey, pattern, "");
    }

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern BASE_PLUS = Pattern.compile("base_url\\s*\\+\\s*(" + KEY.pattern() + ")");
    private static final Pattern LICENSE = Pattern.compile("license_url\\s*\\(\\s*(" + KEY.pattern() + ")\\s*\\)");
    public static final String FIRST_PARAGRAPH_SOURCE = "body.first_paragraph";

    public static LinkRule copy(String target, String sourceKey) {
        return new LinkRule(target, Kind.COPY, sourceKey);
    }

    /** Reads a rule written in a profile; the message says what is accepted. */
    public static LinkRule parse(String target, String expression) {
        String e = expression.strip();
        if (e.equals(FIRST_PARAGRAPH_SOURCE)) return new LinkRule(target, Kind.FIRST_PARAGRAPH, "");
        Matcher m = BASE_PLUS.matcher(e);
        if (m.matches()) return new LinkRule(target, Kind.BASE_URL_PLUS, m.group(1));
        m = LICENSE.matcher(e);
        if (m.matches()) return new LinkRule(target, Kind.LICENSE_URL, m.group(1));
        if (KEY.matcher(e).matches() && !e.equals(target)) return copy(target, e);
        throw new IllegalArgumentException("'" + expression + "' is not a link; write a key, " + FIRST_PARAGRAPH_SOURCE
                + ", base_url + key, or license_url(key)");
    }

    /** The keys whose values this rule reads. */
    public List<String> sourceKeys() {
        return kind == Kind.FIRST_PARAGRAPH ? List.of() : List.of(source);
    }

    /** The value the target should hold, or empty when the rule cannot tell (an unknown license, no base URL). */
    public Optional<String> derive(LinkInputs in) {
        return switch (kind) {
            case COPY -> Optional.of(in.text(source));
            case FIRST_PARAGRAPH -> Optional.of(in.firstParagraph());
            case BASE_URL_PLUS -> {
                String path = in.text(source);
                if (path.isEmpty()) yield Optional.of("");
                if (Urls.isAbsoluteHttp(path)) yield Optional.of(path);
                yield in.baseUrl().isEmpty() ? Optional.empty() : Optional.of(Urls.join(in.baseUrl(), path));
            }
            case LICENSE_URL -> {
                String name = in.text(source);
                yield name.isEmpty() ? Optional.of("") : Licenses.url(name);
            }
            case SLUG_OF -> {
                String slug = Slug.of(in.text(source));
                yield Optional.of(pattern.replace(SLUG_TOKEN, slug.isEmpty() ? fallback : slug));
            }
            case IN_PATTERN -> {
                String slug = in.text(source);
                yield Optional.of(slug.isEmpty() ? "" : pattern.replace(SLUG_TOKEN, slug));
            }
        };
    }

    /** Says in a few words what the field follows, for the form's link button. */
    public String describe() {
        return switch (kind) {
            case COPY -> "follows " + source;
            case FIRST_PARAGRAPH -> "follows the body's first paragraph";
            case BASE_URL_PLUS -> "follows the base URL + " + source;
            case LICENSE_URL -> "follows the license named in " + source;
            case SLUG_OF -> "follows " + source + " as a slug until the first save";
            case IN_PATTERN -> "follows " + source + " in the site's URL pattern until the first save";
        };
    }
}
