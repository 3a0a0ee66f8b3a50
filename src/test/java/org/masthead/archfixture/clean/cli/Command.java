package org.masthead.archfixture.clean.cli;

/** Fixture: cli may use fx and the steps below. */
public class Command { org.masthead.archfixture.clean.fx.Snap snap; org.masthead.archfixture.clean.article.Doc doc; }
