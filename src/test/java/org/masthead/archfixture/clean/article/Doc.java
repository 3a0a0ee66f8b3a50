package org.masthead.archfixture.clean.article;

import org.masthead.archfixture.clean.yaml.Value;

/** Fixture: a step up may use the one below. */
public class Doc {
    Value value;
}
