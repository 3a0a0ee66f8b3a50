package org.masthead.archfixture.fxlink.link;

/** Fixture: link taking a JavaFX node as a parameter. */
public class Rope { void tie(javafx.scene.Node node) {} }
