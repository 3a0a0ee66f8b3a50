package org.masthead.log;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How the program logs: to files or not, in which folder (empty: the user's log folder) and from
 * which level on (System.Logger's names, or java.util.logging's).
 */
public record LogSettings(boolean toFiles, Optional<Path> folder, String level) {
    public LogSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(level, "level");
    }
}
