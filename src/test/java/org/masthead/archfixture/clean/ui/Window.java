package org.masthead.archfixture.clean.ui;

/** Fixture: ui may use JavaFX, fx and the steps below. */
public class Window { javafx.scene.Node node; org.masthead.archfixture.clean.fx.Snap snap; org.masthead.archfixture.clean.check.Rule rule; }
