package org.masthead.link;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deed URLs of the Creative Commons licenses, CC0 and the Public Domain Mark, from the ways
 * writers name them: "CC BY 4.0", "CC-BY-SA-4.0", "cc by-nc 3.0", "CC0", "Public domain".
 */
public final class Licenses {
    private Licenses() {}

    private static final Pattern CC =
            Pattern.compile("(?:creative\\s*commons|cc)[\\s-]*(by(?:[\\s-]*(?:nc|sa|nd)){0,2})"
                    + "(?:[\\s-]*(\\d\\.\\d))?(?:\\s+international)?");
    private static final Set<String> VERSIONS = Set.of("1.0", "2.0", "2.5", "3.0", "4.0");
    private static final Set<String> KINDS = Set.of("by", "by-sa", "by-nd", "by-nc", "by-nc-sa", "by-nc-nd");

    /** The license's URL, or empty when the name is not one of these licenses. */
    public static Optional<String> url(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.matches("(?:cc ?0|cc-?zero|cc0[ -]1\\.0)(?: universal)?")) {
            return Optional.of("https://creativecommons.org/publicdomain/zero/1.0/");
        }
        if (n.matches("(?:public[ -]domain(?: mark)?(?: 1\\.0)?|pdm(?: 1\\.0)?)")) {
            return Optional.of("https://creativecommons.org/publicdomain/mark/1.0/");
        }
        Matcher m = CC.matcher(n);
        if (!m.matches()) return Optional.empty();
        String kind = m.group(1).replaceAll("[\\s-]+", "-");
        String version = m.group(2) == null ? "4.0" : m.group(2);
        if (!KINDS.contains(kind) || !VERSIONS.contains(version)) return Optional.empty();
        return Optional.of("https://creativecommons.org/licenses/" + kind + "/" + version + "/");
    }
}
