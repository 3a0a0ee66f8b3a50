package org.masthead.archfixture.fxroot;

import javafx.application.Application;

/** Fixture: the launcher extending a JavaFX class. */
public abstract class Start extends Application {}
