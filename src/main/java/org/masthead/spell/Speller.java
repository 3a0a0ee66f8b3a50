package org.masthead.spell;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Spelling for one article: its language's dictionary, the site's and the writer's word lists and
 * the words ignored in this article. Safe to use from any thread.
 */
public final class Speller {
    /** No dictionary: nothing is marked. */
    public static final Speller NONE = new Speller(null, List.of(), Set.of(), false);

    private final LoadedDictionary dictionary;
    private final List<WordList> lists;
    /** The lists' words when this speller was made: a word added makes a new speller. */
    private final Set<String> listed;

    private final Set<String> ignored;
    private final boolean skipAllCaps;

    /**
     * @param lists       the site's and the writer's word lists (either may be absent)
     * @param ignored     words ignored in this article
     * @param skipAllCaps leave ALL-CAPS words (acronyms) unmarked
     */
    public Speller(LoadedDictionary dictionary, List<WordList> lists, Set<String> ignored, boolean skipAllCaps) {
        this.dictionary = dictionary;
        this.lists = List.copyOf(lists);
        Set<String> all = new HashSet<>();
        for (WordList l : this.lists) all.addAll(l.words());
        this.listed = Set.copyOf(all);
        this.ignored = Set.copyOf(ignored);
        this.skipAllCaps = skipAllCaps;
    }

    public Optional<LoadedDictionary> dictionary() {
        return Optional.ofNullable(dictionary);
    }

    public boolean isOn() {
        return dictionary != null;
    }

    /** The same speller with other words ignored. */
    public Speller ignoring(Set<String> words) {
        return new Speller(dictionary, lists, words, skipAllCaps);
    }

    /** The misspelt words of one line of prose (not inside a code fence). */
    public List<Misspelt> line(String line) {
        if (dictionary == null) return List.of();
        List<Misspelt> out = new ArrayList<>();
        for (ProseWords.Word w : ProseWords.of(line, skipAllCaps)) addUnknown(w.text(), w.start(), out);
        return out;
    }

    /** The misspelt words of a Markdown body, offsets into it; fenced code is skipped. */
    public List<Misspelt> text(String body) {
        if (dictionary == null) return List.of();
        List<Misspelt> out = new ArrayList<>();
        char fence = 0;
        int at = 0;
        while (at <= body.length()) {
            int eol = body.indexOf('\n', at);
            int end = eol < 0 ? body.length() : eol;
            String line = body.substring(at, end);
            char marker = Fences.marker(line);
            if (marker != 0 && (fence == 0 || fence == marker)) {
                fence = fence == 0 ? marker : 0;
            } else if (fence == 0) {
                for (Misspelt m : line(line)) out.add(new Misspelt(at + m.start(), at + m.end(), m.word()));
            }
            if (eol < 0) break;
            at = eol + 1;
        }
        return out;
    }

    /** A hyphenated word the dictionary lacks is judged by its parts, and only the unknown parts are marked. */
    private void addUnknown(String word, int start, List<Misspelt> out) {
        if (known(word)) return;
        if (word.indexOf('-') < 0) {
            out.add(new Misspelt(start, start + word.length(), word));
            return;
        }
        int from = 0;
        for (String part : word.split("-", -1)) {
            if (part.codePointCount(0, part.length()) > 1 && !known(part))
                out.add(new Misspelt(start + from, start + from + part.length(), part));
            from += part.length() + 1;
        }
    }

    public boolean known(String word) {
        if (dictionary == null) return true;
        if (dictionary.spell(word) || listed(word)) return true;
        String straight = word.replace('’', '\'');
        if (!straight.equals(word) && (dictionary.spell(straight) || listed(straight))) return true;
        // A possessive of a listed name ("Masthead's"): the dictionary knows 's for its own words only.
        String lower = straight.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") && straight.length() > 3) return known(straight.substring(0, straight.length() - 2));
        return false;
    }

    /** In a word list or ignored: as written, or a lower-case entry matching a capitalised or upper-case word. */
    private boolean listed(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Set<String> words : List.of(ignored, listed)) {
            if (words.contains(word) || (!lower.equals(word) && words.contains(lower))) return true;
            if (isUpper(word) && words.stream().anyMatch(w -> w.equalsIgnoreCase(word))) return true;
        }
        return false;
    }

    private static boolean isUpper(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** Up to {@code max} suggestions; slow the first time for a word (up to 400 ms), so never on the FX thread. */
    public List<String> suggest(String word, int max) {
        return dictionary == null ? List.of() : dictionary.suggest(word, max);
    }
}
