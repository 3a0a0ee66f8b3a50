package org.masthead.archfixture.clean.cards;

import org.masthead.archfixture.clean.article.Doc;

/** Fixture: used by a package of its own step. */
public class Deck {
    Doc doc;
}
