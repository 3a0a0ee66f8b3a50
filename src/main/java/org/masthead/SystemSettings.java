package org.masthead;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.masthead.instance.InstanceSettings;
import org.masthead.log.LogSettings;
import org.masthead.recovery.RecoveryStore;
import org.masthead.site.CacheFolder;
import org.masthead.spell.WordLists;
import org.masthead.ui.AppConfig;

/**
 * The {@code -Dmasthead.*} options a user or the packaging scripts give on the command line, read
 * here and nowhere else; the rest of the program is handed what they say.
 */
final class SystemSettings {
    private SystemSettings() {}

    /** {@code masthead.log=off}, {@code masthead.log.dir=DIR}, {@code masthead.log.level=DEBUG}. */
    static LogSettings logging(Properties p) {
        return new LogSettings(
                !"off".equalsIgnoreCase(p.getProperty("masthead.log")),
                Optional.ofNullable(p.getProperty("masthead.log.dir")).map(Path::of),
                p.getProperty("masthead.log.level", "INFO"));
    }

    /**
     * {@code masthead.recovery=DIR}, {@code masthead.prefs=NODE}, {@code masthead.samples=DIR},
     * {@code masthead.startup-times=true}, {@code masthead.exit-after-startup=true}, {@code masthead.cache=DIR},
     * {@code masthead.data=DIR}.
     */
    static AppConfig window(Properties p) {
        return new AppConfig(
                text(p, "masthead.recovery").map(Path::of).orElseGet(RecoveryStore::defaultFolder),
                p.getProperty("masthead.prefs", AppConfig.DEFAULT_PREFS),
                Optional.ofNullable(p.getProperty("masthead.samples")).map(Path::of),
                Boolean.parseBoolean(p.getProperty("masthead.startup-times")),
                Boolean.parseBoolean(p.getProperty("masthead.exit-after-startup")),
                text(p, "masthead.cache")
                        .map(Path::of)
                        .or(CacheFolder::forThisUser)
                        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "masthead-cache")),
                text(p, "masthead.data")
                        .map(Path::of)
                        .or(WordLists::dataFolder)
                        .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "masthead-data")));
    }

    /** Where the jar's class archives are kept: the cache folder's {@code class-archives}. */
    static Optional<Path> classArchives(Properties p) {
        return text(p, "masthead.cache")
                .map(Path::of)
                .or(CacheFolder::forThisUser)
                .map(c -> c.resolve("class-archives"));
    }

    /**
     * {@code masthead.single-instance=false} (every launch opens a window of its own),
     * {@code masthead.runtime-dir=DIR} (the private folder of the hand-over's socket; by default
     * the user's runtime folder, from {@code env}).
     */
    static InstanceSettings instance(Properties p, Map<String, String> env) {
        return new InstanceSettings(
                !"false".equalsIgnoreCase(p.getProperty("masthead.single-instance")),
                text(p, "masthead.runtime-dir")
                        .map(Path::of)
                        .or(() -> InstanceSettings.defaultFolder(
                                p.getProperty("os.name", ""), p.getProperty("user.home"), env)));
    }

    /** A property that is set and not blank. */
    private static Optional<String> text(Properties p, String key) {
        return Optional.ofNullable(p.getProperty(key)).filter(s -> !s.isBlank());
    }
}
