package org.masthead.archfixture.clean.check;

/** Fixture: packages of one step may use each other when no cycle forms. */
public class Rule { org.masthead.archfixture.clean.cards.Deck deck; org.masthead.archfixture.clean.article.Doc doc; }
