package org.masthead.archfixture.upward.article;

/** Fixture. */
public class TideArticle {}
