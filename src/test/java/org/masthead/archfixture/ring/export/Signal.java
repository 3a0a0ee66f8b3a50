package org.masthead.archfixture.ring.export;

/** Fixture: ...export -> render: a ring of three. */
public class Signal { org.masthead.archfixture.ring.render.Lantern lantern; }
