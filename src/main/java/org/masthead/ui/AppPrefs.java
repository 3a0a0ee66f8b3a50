package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What Masthead remembers between runs: window bounds, divider positions, recent files, in the
 * preferences node the {@link AppConfig} names (tests and benchmarks give one of their own).
 */
public final class AppPrefs {
    public static final int MAX_RECENT = 10;
    private final Preferences node;

    public AppPrefs(AppConfig config) {
        this(Preferences.userRoot().node(config.prefsNode()));
    }

    AppPrefs(Preferences node) {
        this.node = node;
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) out.add(Path.of(p));
        }
        return out;
    }

    /** Puts a file first in the recent list. */
    public void opened(Path file) {
        List<Path> recent = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        recent.remove(abs);
        recent.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) node.put("recent." + i, recent.get(i).toString());
            else node.remove("recent." + i);
        }
        flush();
    }

    /** The most recent file that still exists. */
    public Optional<Path> lastFile() {
        return recentFiles().stream().filter(Files::isRegularFile).findFirst();
    }

    /** The articles open in tabs when the window last closed, in order, and which one was shown. */
    public record OpenTabs(List<Path> files, int active) {}

    /** The tabs to open again at start: those whose files still exist. */
    public OpenTabs openTabs() {
        List<Path> files = new ArrayList<>();
        int active = node.getInt("tabs.active", 0);
        int shown = 0;
        for (int i = 0; ; i++) {
            String p = node.get("tabs." + i, null);
            if (p == null) break;
            if (!Files.isRegularFile(Path.of(p))) continue;
            files.add(Path.of(p));
            if (i < active) shown++;
        }
        return new OpenTabs(files, Math.max(0, Math.min(shown, files.size() - 1)));
    }

    public void tabsOpen(OpenTabs tabs) {
        for (int i = 0; node.get("tabs." + i, null) != null; i++) node.remove("tabs." + i);
        for (int i = 0; i < tabs.files().size(); i++)
            node.put(
                    "tabs." + i,
                    tabs.files().get(i).toAbsolutePath().normalize().toString());
        node.putInt("tabs.active", tabs.active());
        flush();
    }

    public double get(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    public void put(String key, double value) {
        node.putDouble(key, value);
    }

    /** The site folder the writer had open last, if it is still there. */
    public Optional<Path> lastSite() {
        String s = node.get("site.root", "");
        if (s.isEmpty()) return Optional.empty();
        Path p = Path.of(s);
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    public void siteOpened(Path site) {
        node.put("site.root", site.toAbsolutePath().toString());
        flush();
    }

    public String getText(String key, String fallback) {
        return node.get(key, fallback);
    }

    public void putText(String key, String value) {
        node.put(key, value);
    }

    public boolean getFlag(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    public void putFlag(String key, boolean value) {
        node.putBoolean(key, value);
    }

    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience; failing to store them must not disturb the writer.
            System.getLogger(AppPrefs.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not store the preferences", e);
        }
    }

    /** Forgets everything (tests). */
    public void clear() {
        try {
            node.clear();
        } catch (BackingStoreException e) {
            // nothing stored
            System.getLogger(AppPrefs.class.getName())
                    .log(System.Logger.Level.WARNING, "Could not clear the preferences", e);
        }
    }
}
