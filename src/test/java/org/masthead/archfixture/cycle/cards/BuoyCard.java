package org.masthead.archfixture.cycle.cards;

/** Fixture: ...and cards uses check: a cycle within one step. */
public class BuoyCard { org.masthead.archfixture.cycle.check.BuoyRule rule; }
