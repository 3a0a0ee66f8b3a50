package org.masthead.article;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.masthead.source.SourceException;
import org.masthead.yaml.YamlProblem;
import org.masthead.yaml.YamlValue;

/**
 * Reads an edited header back before the edit is accepted: it must parse, the edited key must hold
 * what was asked, and every other key must hold what it held (an alias of the edited value may
 * follow it). Otherwise the edit is refused and the article stays as it was.
 */
final class EditVerifier {
    private EditVerifier() {}

    /** Why {@code after} is not a faithful edit of {@code before}, or empty when it is. */
    static Optional<String> problem(Article before, Article after, String key, YamlValue expected) {
        if (after.headerError().isPresent()) {
            String reason = after.headerError().get().reason();
            int at = reason.indexOf(YamlProblem.UNDEFINED_ANCHOR);
            if (at >= 0) {
                String name = reason.substring(at + YamlProblem.UNDEFINED_ANCHOR.length())
                        .split(" ", 2)[0];
                return Optional.of(danglingAlias(before, key, name));
            }
            return Optional.of("the header would no longer parse (" + reason + ")");
        }
        FrontMatter was = before.frontMatter().orElseThrow();
        FrontMatter now = after.frontMatter().orElseThrow();
        Optional<YamlValue> edited = now.value(key);
        if (expected == null ? edited.isPresent() : edited.isEmpty() || !same(expected, edited.get())) {
            return Optional.of("the value would not read back as written");
        }
        List<FrontMatterEntry> keys = now.entries();
        int k = 0;
        YamlValue oldEdited = was.value(key).orElse(null);
        for (FrontMatterEntry e : was.entries()) {
            if (e.key().equals(key)) continue;
            while (k < keys.size() && keys.get(k).key().equals(key)) k++;
            if (k >= keys.size() || !keys.get(k).key().equals(e.key())) {
                return Optional.of("key '" + e.key() + "' (line " + e.keyLine() + ") would be lost or moved");
            }
            YamlValue v = keys.get(k++).value();
            boolean followsAlias =
                    e.alias() && Objects.equals(e.value(), oldEdited) && expected != null && same(expected, v);
            if (!v.equals(e.value()) && !followsAlias) {
                return Optional.of(
                        "it would also change '" + e.key() + "' (line " + e.keyLine() + "), which shares its value");
            }
        }
        return Optional.empty();
    }

    /** Names the key whose alias would be left without its anchor. */
    private static String danglingAlias(Article before, String key, String anchor) {
        FrontMatter fm = before.frontMatter().orElseThrow();
        String header = fm.header();
        for (FrontMatterEntry e : fm.entries()) {
            if (e.key().equals(key)) continue;
            if (header.substring(e.entryStart(), e.entryEnd()).contains("*" + anchor)) {
                return "'" + e.key() + "' (line " + e.keyLine() + ") refers to its anchor &" + anchor + " with *"
                        + anchor;
            }
        }
        return "another value refers to its anchor &" + anchor + " with *" + anchor;
    }

    /** Same text (an empty value and empty text are the same); lists item by item. */
    private static boolean same(YamlValue expected, YamlValue actual) {
        if (expected instanceof YamlValue.Scalar s)
            return actual instanceof YamlValue.Scalar a && a.asText().equals(s.asText());
        if (expected instanceof YamlValue.Sequence s) {
            return actual instanceof YamlValue.Sequence a
                    && a.items().stream().allMatch(i -> i instanceof YamlValue.Scalar)
                    && a.texts().equals(s.texts());
        }
        return expected.equals(actual);
    }

    static SourceException refusal(Article article, FrontMatterEntry at, String verb, String key, String why) {
        int line = at == null ? 1 : at.keyLine(), column = at == null ? 1 : at.keyColumn();
        return new SourceException(article.path(), line, column, "cannot " + verb + " '" + key + "': " + why);
    }
}
