package org.masthead.archfixture.ring.render;

import org.masthead.archfixture.ring.check.Beacon;

/** Fixture: render -> check... */
public class Lantern {
    Beacon beacon;
}
