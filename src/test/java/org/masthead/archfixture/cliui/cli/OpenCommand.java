package org.masthead.archfixture.cliui.cli;

/** Fixture: cli calling ui, its sibling at the top. */
public class OpenCommand { void run() { org.masthead.archfixture.cliui.ui.Window.open(); } }
