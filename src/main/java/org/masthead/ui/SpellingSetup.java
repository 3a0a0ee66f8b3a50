package org.masthead.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import org.masthead.document.ArticleDocument;
import org.masthead.source.IoMessages;
import org.masthead.spell.Dictionaries;
import org.masthead.spell.DictionaryFinder;
import org.masthead.spell.Speller;
import org.masthead.spell.WordLists;
import org.masthead.ui.spell.SpellingActions;
import org.masthead.ui.spell.WindowSpelling;

/** The window's spelling, made from the preferences, and what its menus do for the shown article. */
final class SpellingSetup {
    static final String FOLDER = "spelling.folder";
    static final String SKIP_CAPS = "spelling.skipAllCaps";
    static final String ON = "spelling.on";

    private SpellingSetup() {}

    static WindowSpelling spelling(AppPrefs prefs, Path dataFolder, Consumer<String> message) {
        WindowSpelling s = new WindowSpelling(
                new Dictionaries(finder(prefs), Background.singleThread("masthead-dictionaries")),
                Optional.of(WordLists.user(dataFolder)),
                message,
                prefs.getFlag(SKIP_CAPS, true));
        s.setOn(prefs.getFlag(ON, true));
        return s;
    }

    /** The dictionaries in the folder the preferences name, then the system's. */
    static DictionaryFinder finder(AppPrefs prefs) {
        String folder = prefs.getText(FOLDER, "");
        return DictionaryFinder.forThisSystem(folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder)));
    }

    /**
     * Dictionaries start loading once the preview has painted its first page: the text and the preview
     * come first, and spelling takes none of their time.
     */
    static void startAfterPreview(WindowSpelling spelling, ObservableValue<Number> shownVersion) {
        if (shownVersion.getValue().longValue() >= 0) {
            spelling.start();
            return;
        }
        shownVersion.addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number a, Number v) {
                if (v.longValue() < 0) return;
                shownVersion.removeListener(this);
                spelling.start();
            }
        });
    }

    static SpellingActions actions(WindowSpelling spelling, Supplier<ArticleDocument> shown, Consumer<String> message) {
        return new SpellingActions() {
            @Override
            public Speller speller() {
                return spelling.speller(shown.get());
            }

            @Override
            public void ignore(String word) {
                if (shown.get() != null) spelling.ignore(shown.get(), word);
            }

            @Override
            public boolean hasSiteList() {
                return shown.get() != null && spelling.hasSiteList(shown.get());
            }

            @Override
            public void addToSite(String word) {
                try {
                    if (shown.get() != null) spelling.addToSite(shown.get(), word);
                    message.accept("Added “" + word + "” to the site's dictionary (.masthead/words.txt).");
                } catch (IOException e) {
                    message.accept("Could not add “" + word + "”: " + IoMessages.describe(e));
                }
            }

            @Override
            public void addToUser(String word) {
                try {
                    spelling.addToUser(word);
                    message.accept("Added “" + word + "” to your dictionary.");
                } catch (IOException e) {
                    message.accept("Could not add “" + word + "”: " + IoMessages.describe(e));
                }
            }
        };
    }
}
