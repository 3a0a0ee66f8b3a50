package org.masthead.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.masthead.article.Article;
import org.masthead.article.FrontMatter;
import org.masthead.article.FrontMatterEntry;
import org.masthead.profile.FieldRole;
import org.masthead.profile.Schema;
import org.masthead.profile.SiteProfile;
import org.masthead.source.LineIndex;
import org.masthead.source.Lines;
import org.masthead.spell.Misspelt;
import org.masthead.spell.Speller;

/**
 * Spelling findings, as tips: the body's prose and the header's prose fields (titles,
 * descriptions, alt text, caption, headline, lead); keys, URLs, dates and tags are never checked.
 */
public final class SpellingCheck {
    /** The roles whose values are prose a reader sees. */
    public static final Set<FieldRole> PROSE = EnumSet.of(
            FieldRole.PAGE_TITLE,
            FieldRole.SOCIAL_TITLE,
            FieldRole.DESCRIPTION,
            FieldRole.SOCIAL_DESCRIPTION,
            FieldRole.IMAGE_ALT,
            FieldRole.CAPTION,
            FieldRole.HEADLINE,
            FieldRole.LEAD);

    private SpellingCheck() {}

    /**
     * @param suggestions how many suggestions each message names (0: none, for the window, which
     *                    offers them on right-click instead)
     */
    public static List<Finding> findings(Article article, SiteProfile profile, Speller speller, int suggestions) {
        if (!speller.isOn() || article.frontMatter().isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        FrontMatter fm = article.frontMatter().get();
        Schema schema = profile.schemaFor(fm.keys());
        for (String key : proseKeys(schema)) {
            Optional<FrontMatterEntry> e = fm.entry(key);
            if (e.isEmpty() || e.get().style() == null) continue;
            String raw = fm.header().substring(e.get().valueStart(), e.get().valueEnd());
            for (Misspelt m : speller.text(fm.text(key))) {
                int at = wordIn(raw, m.word());
                String before = raw.substring(0, Math.max(0, at));
                int nl = before.lastIndexOf('\n');
                int line = e.get().valueLine()
                        + (int) before.chars().filter(c -> c == '\n').count();
                int col = nl < 0 ? e.get().valueColumn() + Math.max(0, at) : at - nl;
                out.add(finding(key, line, col, m.word(), speller, suggestions, 0));
            }
        }
        String body = article.body();
        LineIndex lines = null;
        for (Misspelt m : speller.text(body)) {
            if (lines == null) lines = new LineIndex(body);
            int line = article.bodyStartLine() + lines.lineOf(m.start());
            out.add(finding(
                    null, line, Lines.columnOf(body, m.start()), m.word(), speller, suggestions, m.end() - m.start()));
        }
        return out;
    }

    /** The keys of the schema's prose fields. */
    public static List<String> proseKeys(Schema schema) {
        return schema.fields().stream()
                .filter(f -> PROSE.contains(f.role()))
                .map(f -> f.key())
                .toList();
    }

    private static Finding finding(
            String key, int line, int col, String word, Speller speller, int suggestions, int length) {
        String message = "\"" + word + "\"";
        if (suggestions == 0) message += " is not in the dictionary";
        else {
            List<String> s = speller.suggest(word, suggestions + 1);
            String more = s.size() > suggestions ? ", …" : "";
            if (s.size() > suggestions) s = s.subList(0, suggestions);
            message += s.isEmpty() ? " (no suggestions)" : " (" + String.join(", ", s) + more + ")";
        }
        return new Finding(Severity.TIP, key, line, col, message, Finding.SPELLING, length);
    }

    /** Where a word stands in a value as written (quotes and escapes around it); -1 if it is not found as is. */
    private static int wordIn(String raw, String word) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
                .matcher(raw);
        return m.find() ? m.start() : raw.indexOf(word);
    }
}
