package org.masthead.archfixture.cliui.ui;

/** Fixture. */
public class Window {
    public static void open() {}
}
