package org.masthead.archfixture.ring.export;

import org.masthead.archfixture.ring.render.Lantern;

/** Fixture: ...export -> render: a ring of three. */
public class Signal {
    Lantern lantern;
}
