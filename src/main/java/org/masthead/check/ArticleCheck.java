package org.masthead.check;

/** One rule an article is checked against. */
interface ArticleCheck {
    void check(CheckContext ctx);
}
