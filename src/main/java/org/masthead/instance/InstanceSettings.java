package org.masthead.instance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.masthead.source.UserFolders;

/**
 * Whether a launch of the window hands its file to the app already running, and the private
 * folder the channel between them lives in (empty: this system has none, so every launch opens a
 * window of its own).
 */
public record InstanceSettings(boolean handOver, Optional<Path> folder) {
    public InstanceSettings {
        Objects.requireNonNull(folder, "folder");
    }

    /** Every launch on its own: the command line's subcommands, {@code --new-instance}, tests. */
    public static InstanceSettings off() {
        return new InstanceSettings(false, Optional.empty());
    }

    /** The same settings with the hand-over off. */
    public InstanceSettings withoutHandOver() {
        return new InstanceSettings(false, folder);
    }

    /**
     * The user's runtime folder, {@code $XDG_RUNTIME_DIR/masthead} (private to the user and emptied
     * at logout), else {@code $XDG_STATE_HOME/masthead/run} or {@code ~/.local/state/masthead/run};
     * on macOS {@code ~/Library/Caches/Masthead/run}. Windows has no folder only its user can
     * reach by mode bits, so no hand-over there (yet).
     */
    public static Optional<Path> defaultFolder(String osName, String userHome, Map<String, String> env) {
        if (osName.startsWith("Windows")) return Optional.empty();
        Optional<Path> home = absolute(userHome);
        if (osName.startsWith("Mac"))
            return home.map(h ->
                    h.resolve("Library").resolve("Caches").resolve("Masthead").resolve("run"));
        Optional<Path> runtime = absolute(env.get("XDG_RUNTIME_DIR")).map(p -> p.resolve("masthead"));
        if (runtime.isPresent()) return runtime;
        // The XDG rule: a relative path in these variables is invalid and is ignored.
        return absolute(env.get("XDG_STATE_HOME"))
                .or(() -> home.map(h -> h.resolve(".local").resolve("state")))
                .map(p -> p.resolve("masthead").resolve("run"));
    }

    private static Optional<Path> absolute(String path) {
        return UserFolders.absolute(path);
    }
}
