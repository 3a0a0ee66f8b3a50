package org.masthead;

import org.masthead.cli.MastheadCommand;
import org.masthead.ui.MastheadApp;

/**
 * The jar's entry point. It does not extend JavaFX's Application, so the command line runs on a
 * machine without a display and JavaFX loads from the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // Images are decoded with ImageIO; AWT must never start a toolkit of its own beside JavaFX's.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        // A lambda, not a method reference: the window's classes load only when the window opens.
        System.exit(MastheadCommand.run(args, file -> MastheadApp.launchWindow(file)));
    }
}
