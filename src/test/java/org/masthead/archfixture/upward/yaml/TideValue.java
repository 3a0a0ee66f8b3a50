package org.masthead.archfixture.upward.yaml;

import org.masthead.archfixture.upward.article.TideArticle;

/** Fixture: the lowest step reaching up to article. */
public class TideValue {
    TideArticle owner;
}
