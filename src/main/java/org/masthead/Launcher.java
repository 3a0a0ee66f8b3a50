package org.masthead;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.masthead.cds.ClassArchiveStart;
import org.masthead.cds.JarStamp;
import org.masthead.cds.Relaunch;
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
        // From the jar: a second JVM that maps the command's class archive shows the window about 0.5 s sooner.
        Optional<ClassArchiveStart.Plan> archived = ClassArchiveStart.plan(
                archiveInputs(),
                stamp(),
                Files::isRegularFile,
                ProcessHandle.current().pid());
        if (archived.isPresent()) {
            OptionalInt code = Relaunch.run(archived.get());
            if (code.isPresent()) System.exit(code.getAsInt());
        }
        // The window's classes, its settings among them, load only when the window opens.
        System.exit(MastheadCommand.run(
                args,
                SystemSettings.instance(System.getProperties(), System.getenv()),
                (file, handOvers) ->
                        MastheadApp.launchWindow(file, SystemSettings.window(System.getProperties()), handOvers)));
    }

    private static ClassArchiveStart.Inputs archiveInputs() {
        var p = System.getProperties();
        ProcessHandle.Info info = ProcessHandle.current().info();
        List<String> line = new ArrayList<>();
        info.command().ifPresent(line::add);
        info.arguments().ifPresent(a -> line.addAll(List.of(a)));
        return new ClassArchiveStart.Inputs(
                line,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(),
                System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "") + " "
                        + System.getenv().getOrDefault("JDK_JAVA_OPTIONS", ""),
                MastheadCommand.COMMANDS,
                SystemSettings.classArchives(p),
                "false".equalsIgnoreCase(p.getProperty(ClassArchiveStart.SWITCH))
                        || p.getProperty("jpackage.app-path") != null);
    }

    /** The jars' stamp; unreadable, no archive is named after it (a stamp no file has). */
    private static String stamp() {
        String cp = System.getProperty("java.class.path", "");
        if (!cp.endsWith(".jar")) return "none";
        try {
            return JarStamp.of(Path.of(cp), System.getProperty("java.home"), System.getProperty("java.vm.version"));
        } catch (IOException | RuntimeException e) {
            return "unreadable-" + ProcessHandle.current().pid();
        }
    }
}
