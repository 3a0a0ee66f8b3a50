package org.masthead.archfixture.stepcycle.article;

/** Fixture: article back to yaml. */
public class Log { org.masthead.archfixture.stepcycle.yaml.Knot knot; }
