package org.masthead.ui.help;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.masthead.text.Resources;

/**
 * The libraries Masthead ships and their licences. Which libraries, and their versions, come from
 * the list the build writes ({@code libraries.txt}, Maven's own dependency list); their licences
 * from {@code licenses.properties}, kept by hand and checked against that list by a test.
 */
public final class BundledLibraries {
    static final String LIBRARIES = "/org/masthead/ui/help/libraries.txt";
    static final String LICENSES = "/org/masthead/ui/help/licenses.properties";

    /** One library as Maven names it. */
    public record Library(String group, String artifact, String version) {
        String key() {
            return group + ":" + artifact;
        }
    }

    /** Libraries of one group under one licence and version, shown as one line. */
    public record Entry(String group, List<String> artifacts, String version, String license) {}

    private BundledLibraries() {}

    /** The libraries the build listed; empty when run without the build's list (from an IDE). */
    public static List<Library> listed() {
        if (BundledLibraries.class.getResource(LIBRARIES) == null) return List.of();
        return parse(Resources.text(BundledLibraries.class, LIBRARIES));
    }

    /** Reads Maven's list: {@code group:artifact:type[:classifier]:version:scope -- module ...}, one a line. */
    static List<Library> parse(String list) {
        Map<String, Library> out = new LinkedHashMap<>();
        for (String line : list.split("\n")) {
            String coordinates = line.strip().split(" ")[0];
            String[] p = coordinates.split(":");
            if (p.length < 5) continue;
            Library l = new Library(p[0], p[1], p[p.length - 2]);
            out.putIfAbsent(l.key(), l); // JavaFX lists each module twice: with and without its platform
        }
        return List.copyOf(out.values());
    }

    public static Properties licenses() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Resources.text(BundledLibraries.class, LICENSES)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The licence of a library: its own entry, else its group's. */
    static Optional<String> license(Library l, Properties licenses) {
        String own = licenses.getProperty(l.key());
        return Optional.ofNullable(own != null ? own : licenses.getProperty(l.group() + ":*"));
    }

    /** The libraries as About shows them: one line per group, licence and version. */
    public static List<Entry> entries() {
        Properties licenses = licenses();
        Map<String, Entry> out = new LinkedHashMap<>();
        for (Library l : listed()) {
            String license = license(l, licenses).orElse("see the library");
            String key = l.group() + "|" + l.version() + "|" + license;
            Entry e = out.computeIfAbsent(key, k -> new Entry(l.group(), new ArrayList<>(), l.version(), license));
            e.artifacts().add(l.artifact());
        }
        return out.values().stream()
                .map(e -> new Entry(e.group(), List.copyOf(e.artifacts()), e.version(), e.license()))
                .toList();
    }
}
