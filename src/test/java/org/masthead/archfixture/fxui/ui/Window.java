package org.masthead.archfixture.fxui.ui;

/** Fixture. */
public class Window {}
