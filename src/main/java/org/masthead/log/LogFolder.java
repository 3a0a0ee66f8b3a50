package org.masthead.log;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The folder each system keeps an application's own logs in, for the user who runs it. */
public final class LogFolder {
    private LogFolder() {}

    /** The folder for this user on this system. */
    public static Optional<Path> forThisUser() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /**
     * Linux and other Unixes: {@code $XDG_STATE_HOME/masthead}, else {@code ~/.local/state/masthead};
     * macOS: {@code ~/Library/Logs/Masthead}; Windows: {@code %LOCALAPPDATA%\Masthead\logs}.
     * Empty when the system gives no home to put it in.
     */
    public static Optional<Path> of(String osName, String userHome, Map<String, String> env) {
        Optional<Path> home = absolute(userHome);
        if (osName.startsWith("Windows")) {
            return absolute(env.get("LOCALAPPDATA"))
                    .or(() -> home.map(h -> h.resolve("AppData").resolve("Local")))
                    .map(p -> p.resolve("Masthead").resolve("logs"));
        }
        if (osName.startsWith("Mac"))
            return home.map(h -> h.resolve("Library").resolve("Logs").resolve("Masthead"));
        // The XDG rule: a relative XDG_STATE_HOME is invalid and is ignored.
        return absolute(env.get("XDG_STATE_HOME"))
                .or(() -> home.map(h -> h.resolve(".local").resolve("state")))
                .map(p -> p.resolve("masthead"));
    }

    private static Optional<Path> absolute(String path) {
        if (path == null || path.isBlank()) return Optional.empty();
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
