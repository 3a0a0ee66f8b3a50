package org.masthead.archfixture.fxcheck.check;

import javafx.scene.image.Image;

/** Fixture: check returning a JavaFX image. */
public interface Glare {
    Image glare();
}
