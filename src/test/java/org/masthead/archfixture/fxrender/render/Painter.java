package org.masthead.archfixture.fxrender.render;

/** Fixture: render using a JavaFX colour. */
public class Painter { javafx.scene.paint.Color ink; }
