package org.masthead;

import org.masthead.cli.MastheadCommand;
import org.masthead.log.FileLogging;
import org.masthead.ui.MastheadApp;

/**
 * The jar's entry point. It does not extend JavaFX's Application, so the command line runs on a
 * machine without a display and JavaFX loads from the class path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        // A plain "masthead FILE" while the app runs: hand it over before the rest loads.
        if (QuickHandOver.done(args)) System.exit(0);
        // Images are decoded with ImageIO; AWT must never start a toolkit of its own beside JavaFX's.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        // The -Dmasthead.* options are read once, here; logging comes first so everything after can log.
        FileLogging.install(SystemSettings.logging(System.getProperties()));
        // A task that fails on a background thread (checks, cards, drafts) prints to a terminal
        // nobody sees when the app starts from a menu; the log keeps it too.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            System.getLogger("org.masthead")
                    .log(System.Logger.Level.ERROR, "Uncaught on thread " + thread.getName(), e);
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        // The window's classes, its settings among them, load only when the window opens.
        System.exit(MastheadCommand.run(
                args,
                SystemSettings.instance(System.getProperties(), System.getenv()),
                (file, handOvers) ->
                        MastheadApp.launchWindow(file, SystemSettings.window(System.getProperties()), handOvers)));
    }
}
