package org.masthead.archfixture.inherit.document;

/** Fixture. */
public class Harbour {}
