package org.masthead.spell;

import java.io.IOException;
import java.io.InputStream;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.apache.lucene.analysis.hunspell.Suggester;
import org.apache.lucene.analysis.hunspell.SuggestionTimeoutException;

/**
 * One Hunspell dictionary in memory, through Lucene's pure-Java Hunspell (thread-safe): whether a
 * word is spelt right, and suggestions for one that is not (slow, so asked for one word at a time,
 * off the FX thread, and remembered).
 */
public final class LoadedDictionary {
    /** A suggestion search gives up after this long and returns what it found. */
    private static final long SUGGEST_MILLIS = 400;

    private final String tag;
    private final String where;
    private final Hunspell hunspell;
    private final Suggester suggester;
    private final Map<String, List<String>> suggested = new ConcurrentHashMap<>();
    /** Words judged already: prose repeats its words, and an unknown word costs Hunspell the most. */
    private final Map<String, Boolean> judged = new ConcurrentHashMap<>();

    private static final int JUDGED_MAX = 50_000;

    private LoadedDictionary(String tag, String where, Dictionary dictionary) {
        this.tag = tag;
        this.where = where;
        this.hunspell = new Hunspell(dictionary);
        this.suggester = new Suggester(dictionary).withSuggestibleEntryCache();
    }

    /** Reads both files; a file that is not a Hunspell dictionary is an I/O error saying so. */
    public static LoadedDictionary load(DictionarySource source) throws IOException {
        try (InputStream aff = source.aff().open();
                InputStream dic = source.dic().open()) {
            Dictionary d = new Dictionary(aff, List.of(dic), false, SortingStrategy.inMemory());
            return new LoadedDictionary(source.tag(), source.where(), d);
        } catch (ParseException | RuntimeException e) {
            throw new IOException(
                    "the " + source.tag() + " dictionary (" + source.where() + ") cannot be read: " + e.getMessage(),
                    e);
        }
    }

    public String tag() {
        return tag;
    }

    /** Where it was read from, for the language menu ("built in", a folder). */
    public String where() {
        return where;
    }

    public boolean spell(String word) {
        Boolean known = judged.get(word);
        if (known != null) return known;
        boolean ok;
        try {
            ok = hunspell.spell(word);
        } catch (RuntimeException e) {
            ok = true; // a word the engine cannot judge is not marked
        }
        if (judged.size() >= JUDGED_MAX) judged.clear();
        judged.put(word, ok);
        return ok;
    }

    /** Up to {@code max} suggestions, best first. */
    public List<String> suggest(String word, int max) {
        List<String> all = suggested.computeIfAbsent(word, this::search);
        return all.size() <= max ? all : all.subList(0, max);
    }

    private List<String> search(String word) {
        try {
            return List.copyOf(suggester.suggestWithTimeout(word, SUGGEST_MILLIS, () -> {}));
        } catch (SuggestionTimeoutException e) {
            return List.copyOf(e.getPartialResult());
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
