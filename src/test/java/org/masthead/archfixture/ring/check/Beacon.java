package org.masthead.archfixture.ring.check;

import org.masthead.archfixture.ring.export.Signal;

/** Fixture: ...check -> export... */
public class Beacon {
    Signal signal;
}
