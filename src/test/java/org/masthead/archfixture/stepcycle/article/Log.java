package org.masthead.archfixture.stepcycle.article;

import org.masthead.archfixture.stepcycle.yaml.Knot;

/** Fixture: article back to yaml. */
public class Log {
    Knot knot;
}
