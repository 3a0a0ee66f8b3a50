package org.masthead.archfixture.clean.fx;

/** Fixture: fx may use JavaFX and the steps below. */
public class Snap { javafx.scene.Node node; org.masthead.archfixture.clean.cards.Deck deck; }
