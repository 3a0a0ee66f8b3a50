package org.masthead.archfixture.inherit.source;

import org.masthead.archfixture.inherit.document.Harbour;

/** Fixture: source extending a class two steps above it. */
public class QuayReader extends Harbour {}
