package org.masthead.spell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds a language's Hunspell dictionary: first in the folder the writer chose, then in the
 * system's dictionary folders, then the built-in English (US). A tag with a region
 * ({@code en-GB}) takes only that region's dictionary, so British text is never checked as
 * American; a bare language ({@code de}) takes any region's.
 */
public final class DictionaryFinder {
    private final List<Path> folders;

    /** @param folders searched in this order */
    public DictionaryFinder(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The writer's folder (when set) before the system's. */
    public static DictionaryFinder forThisSystem(Optional<Path> chosen) {
        List<Path> all = new ArrayList<>();
        chosen.ifPresent(all::add);
        all.addAll(systemFolders(System.getProperty("os.name", ""), System.getProperty("user.home"), System.getenv()));
        return new DictionaryFinder(all);
    }

    /** Where Hunspell dictionaries are installed on each system. */
    static List<Path> systemFolders(String osName, String home, Map<String, String> env) {
        List<Path> out = new ArrayList<>();
        if (osName.startsWith("Windows")) {
            Optional.ofNullable(env.get("LOCALAPPDATA")).ifPresent(d -> out.add(Path.of(d, "hunspell")));
            Optional.ofNullable(env.get("ProgramData")).ifPresent(d -> out.add(Path.of(d, "hunspell")));
            return out;
        }
        if (osName.startsWith("Mac")) {
            if (home != null) out.add(Path.of(home, "Library", "Spelling"));
            out.add(Path.of("/Library/Spelling"));
            out.add(Path.of("/opt/homebrew/share/hunspell"));
            out.add(Path.of("/usr/local/share/hunspell"));
            return out;
        }
        if (home != null) out.add(Path.of(home, ".local", "share", "hunspell"));
        out.add(Path.of("/usr/share/hunspell"));
        out.add(Path.of("/usr/share/myspell"));
        out.add(Path.of("/usr/share/myspell/dicts"));
        return out;
    }

    /** The dictionary for a language tag, if one is installed or built in. */
    public Optional<DictionarySource> find(String tag) {
        Locale wanted = Locale.forLanguageTag(tag.replace('_', '-'));
        String language = wanted.getLanguage();
        String exact = language + (wanted.getCountry().isEmpty() ? "" : "_" + wanted.getCountry());
        for (Path folder : folders) {
            Optional<DictionarySource> found =
                    inFolder(folder, exact, wanted.getCountry().isEmpty() ? language : null);
            if (found.isPresent()) return found;
        }
        boolean english = language.equals("en")
                && (wanted.getCountry().isEmpty() || wanted.getCountry().equals("US"));
        return english ? Optional.of(DictionarySource.bundled()) : Optional.empty();
    }

    /** Every language a dictionary is found for, as tags, the built-in one included. */
    public List<String> available() {
        TreeSet<String> tags = new TreeSet<>();
        tags.add("en-US");
        for (Path folder : folders) {
            for (Path aff : affixFiles(folder)) {
                String name = aff.getFileName().toString();
                tags.add(tagOf(name.substring(0, name.length() - 4)));
            }
        }
        return List.copyOf(tags);
    }

    private static Optional<DictionarySource> inFolder(Path folder, String exact, String anyRegionOf) {
        Path aff = folder.resolve(exact + ".aff");
        Path dic = folder.resolve(exact + ".dic");
        if (Files.isRegularFile(aff) && Files.isRegularFile(dic))
            return Optional.of(DictionarySource.files(tagOf(exact), aff, dic));
        if (anyRegionOf == null) return Optional.empty();
        for (Path a : affixFiles(folder)) {
            String base = a.getFileName().toString().replaceFirst("\\.aff$", "");
            Path d = folder.resolve(base + ".dic");
            if (base.startsWith(anyRegionOf + "_") && Files.isRegularFile(d))
                return Optional.of(DictionarySource.files(tagOf(base), a, d));
        }
        return Optional.empty();
    }

    private static List<Path> affixFiles(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder, "*.aff")) {
            for (Path p : s) out.add(p);
        } catch (IOException | RuntimeException e) {
            return List.of(); // an unreadable folder has no dictionaries for us
        }
        out.sort(null);
        return out;
    }

    /** {@code en_GB} → {@code en-GB}. */
    static String tagOf(String fileBase) {
        return Locale.forLanguageTag(fileBase.replace('_', '-')).toLanguageTag();
    }

    /** What to install for a language no dictionary was found for, said once to the writer. */
    public static String missingAdvice(String tag) {
        String pkg = tag.toLowerCase(Locale.ROOT);
        return "No spelling dictionary for " + tag + ". On Debian or Ubuntu install hunspell-" + pkg
                + " (or hunspell-" + pkg.replaceFirst("-.*", "") + "); elsewhere put " + tag.replace('-', '_')
                + ".aff and " + tag.replace('-', '_') + ".dic in a folder and choose it in Preferences.";
    }
}
