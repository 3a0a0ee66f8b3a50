package org.masthead.archfixture.stepcycle.yaml;

/** Fixture: a cycle across two steps (also a layer breach). */
public class Knot { org.masthead.archfixture.stepcycle.article.Log log; }
