package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.masthead.article.Article;
import org.masthead.profile.SiteProfile;
import org.masthead.spell.Dictionaries;
import org.masthead.spell.DictionaryFinder;
import org.masthead.spell.LoadedDictionary;
import org.masthead.spell.SpellLanguage;
import org.masthead.spell.Speller;
import org.masthead.spell.WordList;
import org.masthead.spell.WordLists;

/**
 * {@code check --spelling}: each article's speller (its language, the site's and the user's word
 * lists), each dictionary loaded once a run, and a missing one said once on stderr.
 */
final class CheckSpelling {
    private final PrintWriter err;
    private final Dictionaries dictionaries =
            new Dictionaries(DictionaryFinder.forThisSystem(Optional.empty()), Runnable::run);
    private final Optional<WordList> user = WordLists.user();
    private final Set<String> told = new HashSet<>();
    /** One list per site a run, so that it is read once, not once per article. */
    private final Map<Path, Optional<WordList>> sites = new HashMap<>();

    CheckSpelling(PrintWriter err) {
        this.err = err;
    }

    Speller speller(Article article, SiteProfile profile) {
        String tag = SpellLanguage.of(profile, article.frontMatter().orElse(null), Locale.getDefault())
                .tag();
        Dictionaries.Result r = dictionaries.load(tag).join();
        if (r.dictionary().isEmpty()) {
            if (told.add(tag)) err.println("masthead check: " + r.problem());
            return Speller.NONE;
        }
        LoadedDictionary d = r.dictionary().get();
        List<WordList> lists = new ArrayList<>();
        sites.computeIfAbsent(profile.siteFolder(), k -> WordLists.site(profile))
                .ifPresent(lists::add);
        user.ifPresent(lists::add);
        return new Speller(d, lists, Set.of(), true);
    }
}
