package org.masthead.archfixture.cycle.check;

/** Fixture: check uses cards... */
public class BuoyRule { org.masthead.archfixture.cycle.cards.BuoyCard card; }
