package org.masthead.archfixture.fxui.fx;

/** Fixture: fx, below ui, using it. */
public class Snapshot { org.masthead.archfixture.fxui.ui.Window window; }
