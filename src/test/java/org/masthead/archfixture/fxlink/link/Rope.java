package org.masthead.archfixture.fxlink.link;

import javafx.scene.Node;

/** Fixture: link taking a JavaFX node as a parameter. */
public class Rope {
    void tie(Node node) {}
}
