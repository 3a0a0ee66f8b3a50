package org.masthead.instance;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a second launch asks of the running app: open an article (an absolute path, resolved by the
 * sender against its own working folder), or, when empty, only show its window.
 */
public record HandOver(Optional<Path> file) {
    public HandOver {
        Objects.requireNonNull(file, "file");
        file.ifPresent(f -> {
            if (!f.isAbsolute()) throw new IllegalArgumentException("not an absolute path: " + f);
        });
    }

    public static HandOver open(Path file) {
        return new HandOver(Optional.of(file));
    }

    public static HandOver raise() {
        return new HandOver(Optional.empty());
    }
}
