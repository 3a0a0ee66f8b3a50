package org.masthead.archfixture.inherit.source;

/** Fixture: source extending a class two steps above it. */
public class QuayReader extends org.masthead.archfixture.inherit.document.Harbour {}
