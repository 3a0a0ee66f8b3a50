package org.masthead.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the window is told from outside: where unsaved drafts go, which preferences node it
 * remembers things in, where the bundled samples are, and the start-up flags packaging and the
 * benchmark use. The launcher builds it once from the command line; tests build their own, so
 * they never touch the writer's recovery folder or preferences.
 *
 * @param recoveryFolder   the folder of unsaved drafts
 * @param prefsNode        the user preferences node, as a path ({@value #DEFAULT_PREFS} for the writer)
 * @param samplesFolder    a folder holding {@code site/articles/...} to open first, instead of looking beside the jar
 * @param startupTimes     print when the text and the painted preview first show
 * @param exitAfterStartup quit once the preview is painted (and offer no drafts)
 * @param cacheFolder      where sites' indexes are kept between runs (never inside a site)
 * @param dataFolder       the writer's own files kept for them (their word list)
 */
public record AppConfig(
        Path recoveryFolder,
        String prefsNode,
        Optional<Path> samplesFolder,
        boolean startupTimes,
        boolean exitAfterStartup,
        Path cacheFolder,
        Path dataFolder) {
    public static final String DEFAULT_PREFS = "org/masthead/app";

    public AppConfig {
        Objects.requireNonNull(recoveryFolder, "recoveryFolder");
        Objects.requireNonNull(prefsNode, "prefsNode");
        Objects.requireNonNull(samplesFolder, "samplesFolder");
        Objects.requireNonNull(cacheFolder, "cacheFolder");
        Objects.requireNonNull(dataFolder, "dataFolder");
    }

    /** A window with its drafts and preferences in the places given (caches and data beside the drafts), no flags. */
    public static AppConfig of(Path recoveryFolder, String prefsNode) {
        return new AppConfig(
                recoveryFolder,
                prefsNode,
                Optional.empty(),
                false,
                false,
                recoveryFolder.resolve("cache"),
                recoveryFolder.resolve("data"));
    }
}
