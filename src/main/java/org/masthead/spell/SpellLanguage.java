package org.masthead.spell;

import java.util.List;
import java.util.Locale;

import org.masthead.article.FrontMatter;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.profile.WritingRules;

/**
 * The language an article is spell-checked in, and why: the site's {@code language} in masthead.yml,
 * else the article's own {@code lang} or {@code language} key, else the system's locale.
 *
 * @param tag    a BCP 47 tag ({@code en-GB})
 * @param source where it came from, for the language menu ("masthead.yml", "the article's lang", "the system")
 */
public record SpellLanguage(String tag, String source) {
    static final List<String> ARTICLE_KEYS = List.of("lang", "language");

    public static SpellLanguage of(SiteProfile profile, FrontMatter frontMatter, Locale system) {
        if (!profile.writing().language().isEmpty())
            return new SpellLanguage(profile.writing().language(), "masthead.yml");
        if (frontMatter != null) {
            Schema schema = profile.schemaFor(frontMatter.keys());
            for (String key : ARTICLE_KEYS) {
                String value = frontMatter.text(key).strip();
                if ((schema.field(key).isPresent() || frontMatter.has(key)) && looksLikeTag(value))
                    return new SpellLanguage(WritingRules.normalTag(value), "the article's " + key);
            }
        }
        String tag = system.toLanguageTag();
        return new SpellLanguage(tag.equals("und") ? "en-US" : tag, "the system");
    }

    private static boolean looksLikeTag(String value) {
        return value.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    }
}
