package org.masthead.archfixture.fxrender.render;

import javafx.scene.paint.Color;

/** Fixture: render using a JavaFX colour. */
public class Painter {
    Color ink;
}
