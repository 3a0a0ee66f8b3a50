package org.masthead.archfixture.cycle.check;

import org.masthead.archfixture.cycle.cards.BuoyCard;

/** Fixture: check uses cards... */
public class BuoyRule {
    BuoyCard card;
}
