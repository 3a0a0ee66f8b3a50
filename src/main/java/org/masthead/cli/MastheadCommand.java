package org.masthead.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;

import org.masthead.instance.HandOver;
import org.masthead.instance.HandOverServer;
import org.masthead.instance.InstanceSettings;
import org.masthead.instance.SingleInstance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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
            ListCommand.class,
            NewCommand.class
        },
        footer = {"", "Exit codes: 0 fine, 1 findings or failures (see each command), 2 usage or I/O error."})
public final class MastheadCommand implements Callable<Integer> {
    /** The commands' names, read before picocli loads (the launcher's class archive is one per command). */
    public static final Set<String> COMMANDS = Set.of("check", "export", "cards", "get", "set", "list", "new");

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The article to open in the window.")
    Path file;

    @Option(
            names = "--new-instance",
            description = "Open a window of its own, even when Masthead already runs (no hand-over to it).")
    boolean newInstance;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Opens the window, which lives in ui: the command line may not depend on it, so the launcher hands it in. */
    @FunctionalInterface
    public interface Window {
        /**
         * Opens the window and returns when it is closed.
         *
         * @param file      the article to open (null: the last one or a sample)
         * @param handOvers when present, brings the requests of the launches after this one
         */
        void open(Path file, Optional<HandOverServer> handOvers);
    }

    private final InstanceSettings instance;
    private final Window window;

    private MastheadCommand(InstanceSettings instance, Window window) {
        this.instance = instance;
        this.window = window;
    }

    /**
     * Runs the command line and returns the exit code.
     *
     * @param instance whether and where a launch of the window hands over to the running app
     * @param window   opens the window on a file
     */
    public static int run(String[] args, InstanceSettings instance, Window window) {
        // UTF-8 whatever the locale: values are often not ASCII, and pipes expect UTF-8.
        return run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                instance,
                window);
    }

    /** Runs the command line with the given output streams (tests capture them) and no window. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, InstanceSettings.off(), null);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, InstanceSettings instance, Window window) {
        CommandLine cli = new CommandLine(new MastheadCommand(instance, window));
        cli.setOut(out);
        cli.setErr(err);
        // Values often start with @ (a handle, "@home"): picocli would read them as the name of a file of arguments.
        cli.setExpandAtFiles(false);
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
        Path absolute = file == null ? null : file.toAbsolutePath();
        // Before JavaFX starts: a launch that only hands its file over exits in a bare JVM's time.
        SingleInstance.Claim claim = SingleInstance.claim(
                newInstance ? instance.withoutHandOver() : instance,
                absolute == null ? HandOver.raise() : HandOver.open(absolute));
        if (claim instanceof SingleInstance.HandedOver) return 0;
        Optional<HandOverServer> handOvers =
                claim instanceof SingleInstance.Serving serving ? Optional.of(serving.server()) : Optional.empty();
        if (claim instanceof SingleInstance.Alone alone)
            System.getLogger(MastheadCommand.class.getName())
                    .log(System.Logger.Level.INFO, "A window of its own, without hand-overs: " + alone.why());
        try {
            window.open(absolute, handOvers);
        } finally {
            handOvers.ifPresent(HandOverServer::close);
        }
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
