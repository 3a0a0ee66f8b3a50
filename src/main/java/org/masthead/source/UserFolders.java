package org.masthead.source;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where each system keeps one kind of an application's own files for the user who runs it (its
 * logs, its caches), by the system's rules: XDG on Linux and other Unixes, Library on macOS,
 * LOCALAPPDATA on Windows.
 *
 * @param xdgVariable the XDG variable naming the base folder ({@code XDG_CACHE_HOME})
 * @param xdgDefault  the base folder under the home when that variable is unset or invalid ({@code .cache})
 * @param mac         the folder under the home on macOS ({@code Library/Caches/Masthead})
 * @param windows     the folder under LOCALAPPDATA on Windows ({@code Masthead/cache})
 */
public record UserFolders(String xdgVariable, String xdgDefault, String mac, String windows) {

    /** The folder for this kind of file; empty when the system gives no home to put it in. */
    public Optional<Path> of(String osName, String userHome, Map<String, String> env) {
        Optional<Path> home = absolute(userHome);
        if (osName.startsWith("Windows")) {
            return absolute(env.get("LOCALAPPDATA"))
                    .or(() -> home.map(h -> h.resolve("AppData").resolve("Local")))
                    .map(p -> p.resolve(windows));
        }
        if (osName.startsWith("Mac")) return home.map(h -> h.resolve(mac));
        // The XDG rule: a relative path in these variables is invalid and is ignored.
        return absolute(env.get(xdgVariable))
                .or(() -> home.map(h -> h.resolve(xdgDefault)))
                .map(p -> p.resolve("masthead"));
    }

    /** This kind's folder for the user running now. */
    public Optional<Path> forThisUser() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /** A path from the environment, when it is set and absolute. */
    public static Optional<Path> absolute(String path) {
        if (path == null || path.isBlank()) return Optional.empty();
        try {
            Path p = Path.of(path);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
