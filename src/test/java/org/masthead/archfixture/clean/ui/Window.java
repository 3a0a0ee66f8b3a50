package org.masthead.archfixture.clean.ui;

import javafx.scene.Node;

import org.masthead.archfixture.clean.check.Rule;
import org.masthead.archfixture.clean.fx.Snap;

/** Fixture: ui may use JavaFX, fx and the steps below. */
public class Window {
    Node node;
    Snap snap;
    Rule rule;
}
