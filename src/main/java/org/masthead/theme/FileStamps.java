package org.masthead.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The size and time of each file a theme was read from, or that it was missing: whether any has changed since. */
final class FileStamps {
    private record Stamp(boolean exists, long size, long modified) {
        static Stamp of(Path p) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                return new Stamp(true, a.size(), a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                return new Stamp(false, 0, 0);
            }
        }
    }

    private final Map<Path, Stamp> stamps;

    private FileStamps(Map<Path, Stamp> stamps) {
        this.stamps = stamps;
    }

    boolean current() {
        for (var e : stamps.entrySet()) if (!Objects.equals(Stamp.of(e.getKey()), e.getValue())) return false;
        return true;
    }

    Set<Path> files() {
        return stamps.keySet();
    }

    static final class Builder {
        private final Map<Path, Stamp> stamps = new LinkedHashMap<>();

        void add(Path file) {
            // A link is followed: its target's time is what changes when the file is edited.
            stamps.putIfAbsent(file, Stamp.of(file));
        }

        FileStamps build() {
            return new FileStamps(Map.copyOf(stamps));
        }
    }
}
