package org.masthead.ui.spell;

import org.masthead.spell.Speller;

/** What a view showing spelling may do for the shown article (the window answers through {@link WindowSpelling}). */
public interface SpellingActions {
    /** The shown article's speller ({@link Speller#NONE} while none is loaded). */
    Speller speller();

    void ignore(String word);

    /** False for an article outside a site: the menu item is then disabled. */
    boolean hasSiteList();

    void addToSite(String word);

    void addToUser(String word);

    /** Nothing is shown and nothing can be added (views made before a window, tests of other things). */
    SpellingActions NONE = new SpellingActions() {
        @Override
        public Speller speller() {
            return Speller.NONE;
        }

        @Override
        public void ignore(String word) {}

        @Override
        public boolean hasSiteList() {
            return false;
        }

        @Override
        public void addToSite(String word) {}

        @Override
        public void addToUser(String word) {}
    };
}
