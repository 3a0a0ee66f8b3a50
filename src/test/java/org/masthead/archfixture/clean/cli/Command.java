package org.masthead.archfixture.clean.cli;

import org.masthead.archfixture.clean.article.Doc;
import org.masthead.archfixture.clean.fx.Snap;

/** Fixture: cli may use fx and the steps below. */
public class Command {
    Snap snap;
    Doc doc;
}
