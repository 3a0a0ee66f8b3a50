package org.masthead.archfixture.fxcli.cli;

/** Fixture: cli starting JavaFX itself instead of through fx. */
public class StartFx { void run() { javafx.application.Platform.exit(); } }
