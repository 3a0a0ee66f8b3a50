package org.masthead.log;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.masthead.source.UserFolders;

/** The folder each system keeps an application's own logs in, for the user who runs it. */
public final class LogFolder {
    private LogFolder() {}

    private static final UserFolders LOGS =
            new UserFolders("XDG_STATE_HOME", ".local/state", "Library/Logs/Masthead", "Masthead/logs");

    /** The folder for this user on this system. */
    public static Optional<Path> forThisUser() {
        return LOGS.forThisUser();
    }

    /**
     * Linux and other Unixes: {@code $XDG_STATE_HOME/masthead}, else {@code ~/.local/state/masthead};
     * macOS: {@code ~/Library/Logs/Masthead}; Windows: {@code %LOCALAPPDATA%\Masthead\logs}.
     * Empty when the system gives no home to put it in.
     */
    public static Optional<Path> of(String osName, String userHome, Map<String, String> env) {
        return LOGS.of(osName, userHome, env);
    }
}
