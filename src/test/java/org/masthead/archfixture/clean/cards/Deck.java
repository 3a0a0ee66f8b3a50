package org.masthead.archfixture.clean.cards;

/** Fixture: used by a package of its own step. */
public class Deck { org.masthead.archfixture.clean.article.Doc doc; }
