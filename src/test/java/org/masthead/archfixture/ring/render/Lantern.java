package org.masthead.archfixture.ring.render;

/** Fixture: render -> check... */
public class Lantern { org.masthead.archfixture.ring.check.Beacon beacon; }
