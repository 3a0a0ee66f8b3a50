package org.masthead.archfixture.fxcheck.check;

/** Fixture: check returning a JavaFX image. */
public interface Glare { javafx.scene.image.Image glare(); }
