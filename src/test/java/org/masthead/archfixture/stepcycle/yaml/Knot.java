package org.masthead.archfixture.stepcycle.yaml;

import org.masthead.archfixture.stepcycle.article.Log;

/** Fixture: a cycle across two steps (also a layer breach). */
public class Knot {
    Log log;
}
