package org.masthead.ui.spell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Subscription;
import org.masthead.spell.Dictionaries;
import org.masthead.spell.DictionaryFinder;
import org.masthead.spell.LoadedDictionary;
import org.masthead.spell.SpellLanguage;
import org.masthead.spell.Speller;
import org.masthead.spell.WordList;
import org.masthead.spell.WordLists;

/**
 * Spelling for the whole window: one dictionary per language, loaded in the background once the
 * first frame is up, the site's and the writer's word lists, and each open article's language and
 * ignored words. Whoever shows spelling subscribes to {@link #onChange}: a dictionary loaded or a
 * word added tells every tab at once. Lives on the FX thread.
 */
public final class WindowSpelling {
    private Dictionaries dictionaries;
    private final Optional<WordList> user;
    private final Consumer<String> message;
    private final Map<Path, Optional<WordList>> sites = new HashMap<>();
    /** Weak: a closed tab's article goes, and its ignored words with it. */
    private final Map<ArticleDocument, State> documents = new WeakHashMap<>();

    private final List<Runnable> listeners = new ArrayList<>();
    private final Set<String> requested = new HashSet<>();
    private boolean skipAllCaps;
    private boolean on = true;
    private boolean started;

    private static final class State {
        String tag;
        final Set<String> ignored = new HashSet<>();
        Speller speller;
    }

    /**
     * @param user    the writer's own word list (none when the system gives no data folder)
     * @param message shows a one-time message (a missing dictionary) in the status bar
     */
    public WindowSpelling(
            Dictionaries dictionaries, Optional<WordList> user, Consumer<String> message, boolean skipAllCaps) {
        this.dictionaries = dictionaries;
        this.user = user;
        this.message = message;
        this.skipAllCaps = skipAllCaps;
    }

    /** Lets dictionaries load: called after the window's first frame, so that spelling costs start-up nothing. */
    public void start() {
        if (started) return;
        started = true;
        changed();
    }

    public boolean isOn() {
        return on;
    }

    /** Tools ▸ Check Spelling: off, nothing is marked. */
    public void setOn(boolean value) {
        if (on == value) return;
        on = value;
        changed();
    }

    public void setSkipAllCaps(boolean value) {
        if (skipAllCaps == value) return;
        skipAllCaps = value;
        changed();
    }

    public boolean skipsAllCaps() {
        return skipAllCaps;
    }

    /** The article's language: chosen for it in this window, else as {@link SpellLanguage} finds it. */
    public SpellLanguage language(ArticleDocument doc) {
        State s = state(doc);
        if (s.tag != null) return new SpellLanguage(s.tag, "chosen for this article");
        return SpellLanguage.of(doc.profile(), doc.article().frontMatter().orElse(null), Locale.getDefault());
    }

    public void useLanguage(ArticleDocument doc, String tag) {
        state(doc).tag = tag;
        changed();
    }

    /**
     * Another dictionary folder was chosen: the dictionaries are found and loaded again, from it and
     * the system's, and every tab is marked with them.
     */
    public void useFinder(DictionaryFinder finder) {
        dictionaries = dictionaries.withFinder(finder);
        requested.clear();
        changed();
    }

    /** The languages a dictionary is found for. */
    public List<String> languages() {
        return dictionaries.available();
    }

    /** Where the article's dictionary was read from, when it is loaded. */
    public Optional<LoadedDictionary> dictionary(ArticleDocument doc) {
        return dictionaries.ifLoaded(language(doc).tag());
    }

    /** The article's speller now; {@link Speller#NONE} until its dictionary is loaded (which this starts). */
    public Speller speller(ArticleDocument doc) {
        if (!on || !started || doc == null) return Speller.NONE;
        State s = state(doc);
        if (s.speller != null) return s.speller;
        String tag = language(doc).tag();
        Optional<LoadedDictionary> d = dictionaries.ifLoaded(tag);
        if (d.isEmpty()) {
            load(tag);
            return Speller.NONE;
        }
        List<WordList> lists = new ArrayList<>();
        site(doc).ifPresent(lists::add);
        user.ifPresent(lists::add);
        s.speller = new Speller(d.get(), lists, s.ignored, skipAllCaps);
        return s.speller;
    }

    private void load(String tag) {
        if (!requested.add(tag)) return;
        dictionaries
                .load(tag)
                .thenAccept(r -> Platform.runLater(() -> {
                    if (r.dictionary().isPresent()) changed();
                    else message.accept(r.problem());
                }));
    }

    /** Ignore (this article): the word is unmarked here, in the body and the form, until the tab closes. */
    public void ignore(ArticleDocument doc, String word) {
        state(doc).ignored.add(word);
        changed();
    }

    public boolean hasSiteList(ArticleDocument doc) {
        return site(doc).isPresent();
    }

    /** Add to Site Dictionary: the site's {@code .masthead/words.txt}, for every writer of the site. */
    public void addToSite(ArticleDocument doc, String word) throws IOException {
        Optional<WordList> list = site(doc);
        if (list.isEmpty()) throw new IOException("this article is in no site (no masthead.yml above it)");
        list.get().add(word);
        changed();
    }

    /** Add to My Dictionary: the writer's own list, for every site. */
    public void addToUser(String word) throws IOException {
        if (user.isEmpty()) throw new IOException("the system gives no folder for the writer's own words");
        user.get().add(word);
        changed();
    }

    public Optional<Path> userList() {
        return user.map(WordList::file);
    }

    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private Optional<WordList> site(ArticleDocument doc) {
        if (doc.profile().file() == null) return Optional.empty();
        return sites.computeIfAbsent(doc.profile().siteFolder(), k -> WordLists.site(doc.profile()));
    }

    private State state(ArticleDocument doc) {
        return documents.computeIfAbsent(doc, d -> new State());
    }

    /** Every article's speller is made again, and everyone showing spelling is told. */
    private void changed() {
        for (State s : documents.values()) s.speller = null;
        for (Runnable r : List.copyOf(listeners)) r.run();
    }
}
