package org.masthead.archfixture.stray.misc;

/** Fixture: a package the layer order does not name. */
public class Helper {}
