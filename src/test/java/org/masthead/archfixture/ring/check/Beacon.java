package org.masthead.archfixture.ring.check;

/** Fixture: ...check -> export... */
public class Beacon { org.masthead.archfixture.ring.export.Signal signal; }
