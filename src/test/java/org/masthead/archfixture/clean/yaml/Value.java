package org.masthead.archfixture.clean.yaml;

/** Fixture: the lowest step, used by all. */
public class Value {}
