package org.masthead.archfixture.cycle.cards;

import org.masthead.archfixture.cycle.check.BuoyRule;

/** Fixture: ...and cards uses check: a cycle within one step. */
public class BuoyCard {
    BuoyRule rule;
}
