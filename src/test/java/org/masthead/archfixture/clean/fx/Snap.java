package org.masthead.archfixture.clean.fx;

import javafx.scene.Node;

import org.masthead.archfixture.clean.cards.Deck;

/** Fixture: fx may use JavaFX and the steps below. */
public class Snap {
    Node node;
    Deck deck;
}
