package org.masthead.spell;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The dictionaries loaded so far, one per language, each loaded once (on the executor given) and
 * kept: every tab and every check of a language shares it.
 */
public final class Dictionaries {
    private final DictionaryFinder finder;
    private final Executor loader;
    private final Map<String, CompletableFuture<Result>> loads = new ConcurrentHashMap<>();

    /** What loading a language gave: its dictionary, or why there is none. */
    public record Result(Optional<LoadedDictionary> dictionary, String problem) {}

    public Dictionaries(DictionaryFinder finder, Executor loader) {
        this.finder = finder;
        this.loader = loader;
    }

    public DictionaryFinder finder() {
        return finder;
    }

    /** None loaded yet, found by another finder (another folder chosen), loaded on the same executor. */
    public Dictionaries withFinder(DictionaryFinder other) {
        return new Dictionaries(other, loader);
    }

    /** The language's dictionary, loading it the first time it is asked for. */
    public CompletableFuture<Result> load(String tag) {
        return loads.computeIfAbsent(tag, t -> CompletableFuture.supplyAsync(() -> read(t), loader));
    }

    /** The dictionary if it is loaded already; never waits. */
    public Optional<LoadedDictionary> ifLoaded(String tag) {
        CompletableFuture<Result> f = loads.get(tag);
        return f != null && f.isDone() && !f.isCompletedExceptionally()
                ? f.join().dictionary()
                : Optional.empty();
    }

    public List<String> available() {
        return finder.available();
    }

    private Result read(String tag) {
        Optional<DictionarySource> source = finder.find(tag);
        if (source.isEmpty()) return new Result(Optional.empty(), DictionaryFinder.missingAdvice(tag));
        try {
            return new Result(Optional.of(LoadedDictionary.load(source.get())), "");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return new Result(Optional.empty(), e.getMessage());
        }
    }
}
