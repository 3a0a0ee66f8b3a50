package org.masthead.archfixture.clean;

/** Fixture: the launcher may use both ui and cli. */
public class Start { org.masthead.archfixture.clean.cli.Command command; org.masthead.archfixture.clean.ui.Window window; }
