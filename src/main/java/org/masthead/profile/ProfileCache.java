package org.masthead.profile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.masthead.source.SourceException;

/**
 * Profiles by folder, so a run over a site of thousands of articles reads its masthead.yml once
 * per folder. Safe to share between threads (two may load the same folder once each, harmlessly).
 */
public final class ProfileCache {
    private final Map<Path, SiteProfile> byFolder = new ConcurrentHashMap<>();

    /** The profile that applies to an article ({@link ProfileLoader#forArticle}), looked up once per folder. */
    public SiteProfile forArticle(Path file) throws IOException, SourceException {
        Path folder = file.toAbsolutePath().getParent();
        SiteProfile p = byFolder.get(folder);
        if (p == null) {
            p = ProfileLoader.forArticle(file);
            byFolder.put(folder, p);
        }
        return p;
    }
}
