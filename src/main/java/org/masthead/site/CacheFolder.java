package org.masthead.site;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where each system keeps an application's caches for the user: never inside a site. */
public final class CacheFolder {
    private CacheFolder() {}

    public static Optional<Path> forThisUser() {
        return of(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv());
    }

    /**
     * Linux and other Unixes: {@code $XDG_CACHE_HOME/masthead}, else {@code ~/.cache/masthead};
     * macOS: {@code ~/Library/Caches/Masthead}; Windows: {@code %LOCALAPPDATA%\Masthead\cache}.
     */
    public static Optional<Path> of(String osName, String userHome, Map<String, String> env) {
        Optional<Path> home = absolute(userHome);
        if (osName.startsWith("Windows")) {
            return absolute(env.get("LOCALAPPDATA"))
                    .or(() -> home.map(h -> h.resolve("AppData").resolve("Local")))
                    .map(p -> p.resolve("Masthead").resolve("cache"));
        }
        if (osName.startsWith("Mac"))
            return home.map(h -> h.resolve("Library").resolve("Caches").resolve("Masthead"));
        // The XDG rule: a relative XDG_CACHE_HOME is invalid and is ignored.
        return absolute(env.get("XDG_CACHE_HOME"))
                .or(() -> home.map(h -> h.resolve(".cache")))
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
