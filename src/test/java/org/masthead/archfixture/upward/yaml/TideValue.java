package org.masthead.archfixture.upward.yaml;

/** Fixture: the lowest step reaching up to article. */
public class TideValue { org.masthead.archfixture.upward.article.TideArticle owner; }
