package org.masthead.archfixture.clean.check;

import org.masthead.archfixture.clean.article.Doc;
import org.masthead.archfixture.clean.cards.Deck;

/** Fixture: packages of one step may use each other when no cycle forms. */
public class Rule {
    Deck deck;
    Doc doc;
}
