package org.masthead.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends what {@link System.Logger} records (java.util.logging is its backend) to rotating files in
 * the user's log folder instead of the terminal. Only the program's entry point installs it, so
 * tests never write to the real folder; its {@link LogSettings} come from the command line.
 */
public final class FileLogging {
    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";

    private FileLogging() {}

    /** Installs the file log; returns its folder, or empty when logging to files is off or has no folder. */
    public static synchronized Optional<Path> install(LogSettings settings) {
        if (!settings.toFiles()) return Optional.empty();
        Optional<Path> folder = settings.folder().or(LogFolder::forThisUser);
        folder.ifPresent(f -> install(f, level(settings.level())));
        return folder;
    }

    /** Replaces the root logger's handlers with one writing to files in {@code folder}. */
    static Handler install(Path folder, Level level) {
        Logger root = LogManager.getLogManager().getLogger("");
        for (Handler h : root.getHandlers()) {
            // The terminal belongs to the commands' own output; the log goes to its file.
            if (h instanceof ConsoleHandler || h instanceof LazyFileHandler) {
                root.removeHandler(h);
                h.close();
            }
        }
        Handler files = new LazyFileHandler(folder, new SimpleFormatter() {
            @Override
            public String format(LogRecord r) {
                return String.format(
                        Locale.ROOT,
                        FORMAT,
                        new Date(r.getMillis()),
                        r.getSourceClassName(),
                        r.getLoggerName(),
                        r.getLevel().getName(),
                        formatMessage(r),
                        thrown(r));
            }
        });
        files.setLevel(level);
        root.setLevel(level);
        root.addHandler(files);
        return files;
    }

    private static String thrown(LogRecord r) {
        if (r.getThrown() == null) return "";
        StringWriter sw = new StringWriter();
        r.getThrown().printStackTrace(new PrintWriter(sw));
        return System.lineSeparator() + sw.toString().stripTrailing();
    }

    /** System.Logger's level names (DEBUG, INFO, WARNING, ERROR...) or java.util.logging's. */
    static Level level(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        return switch (n) {
            case "TRACE" -> Level.FINER;
            case "DEBUG" -> Level.FINE;
            case "ERROR" -> Level.SEVERE;
            default -> {
                try {
                    yield Level.parse(n);
                } catch (IllegalArgumentException e) {
                    yield Level.INFO;
                }
            }
        };
    }
}
