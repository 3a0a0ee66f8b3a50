package org.masthead.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.masthead.source.UserFolders;

/** Where each system keeps an application's caches for the user: never inside a site. */
public final class CacheFolder {
    /**
     * Linux and other Unixes: {@code $XDG_CACHE_HOME/masthead}, else {@code ~/.cache/masthead};
     * macOS: {@code ~/Library/Caches/Masthead}; Windows: {@code %LOCALAPPDATA%\Masthead\cache}.
     */
    static final UserFolders CACHES =
            new UserFolders("XDG_CACHE_HOME", ".cache", "Library/Caches/Masthead", "Masthead/cache");

    private CacheFolder() {}

    public static Optional<Path> forThisUser() {
        return CACHES.forThisUser();
    }

    public static Optional<Path> of(String osName, String userHome, Map<String, String> env) {
        return CACHES.of(osName, userHome, env);
    }
}
