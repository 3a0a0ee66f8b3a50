package org.masthead.archfixture.fxroot;

/** Fixture: the launcher extending a JavaFX class. */
public abstract class Start extends javafx.application.Application {}
