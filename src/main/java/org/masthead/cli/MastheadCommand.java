package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code masthead [FILE]}: the window; the subcommands work without a display. */
@Command(
        name = "masthead",
        mixinStandardHelpOptions = true,
        versionProvider = MastheadCommand.Version.class,
        description = {"Edit, check, preview and export Markdown articles with a YAML front matter.", ""},
        subcommands = {
            CheckCommand.class,
            ExportCommand.class,
            CardsCommand.class,
            GetCommand.class,
            SetCommand.class,
            ListCommand.class
        },
        footer = {"", "Exit codes: 0 fine, 1 findings or failures (see each command), 2 usage or I/O error."})
public final class MastheadCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The article to open in the window.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // The window lives in ui, which the command line may not depend on; the launcher hands it in.
    private final Consumer<Path> window;

    private MastheadCommand(Consumer<Path> window) {
        this.window = window;
    }

    /**
     * Runs the command line and returns the exit code.
     *
     * @param window opens the window on a file (null: the last one or a sample)
     */
    public static int run(String[] args, Consumer<Path> window) {
        // UTF-8 whatever the locale: values are often not ASCII, and pipes expect UTF-8.
        return run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                window);
    }

    /** Runs the command line with the given output streams (tests capture them) and no window. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<Path> window) {
        CommandLine cli = new CommandLine(new MastheadCommand(window));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("masthead: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (file != null && !Files.isRegularFile(file)) {
            err.println("masthead: cannot open " + file + ": no such file");
            return 2;
        }
        if (window == null) {
            err.println("masthead: no window here; use a command: check | export | cards | get | set (see "
                    + "masthead --help).");
            return 2;
        }
        if (!hasDisplay()) {
            err.println("masthead: the window needs a display, and none was found (DISPLAY is not set).");
            err.println("The command line works without one: masthead check | export | cards | get | set (see "
                    + "masthead --help).");
            return 2;
        }
        err.flush();
        window.accept(file == null ? null : file.toAbsolutePath());
        return 0;
    }

    private static boolean hasDisplay() {
        return System.getenv("DISPLAY") != null
                || System.getenv("WAYLAND_DISPLAY") != null
                || "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))
                || System.getProperty("os.name", "").startsWith("Windows")
                || System.getProperty("os.name", "").startsWith("Mac");
    }

    /** The version Maven wrote into the jar's resources. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = MastheadCommand.class.getResourceAsStream("/org/masthead/version.properties")) {
                if (in != null) p.load(in);
            }
            return new String[] {"Masthead " + p.getProperty("version", "development")};
        }
    }
}
