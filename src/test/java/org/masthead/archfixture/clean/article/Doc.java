package org.masthead.archfixture.clean.article;

/** Fixture: a step up may use the one below. */
public class Doc { org.masthead.archfixture.clean.yaml.Value value; }
