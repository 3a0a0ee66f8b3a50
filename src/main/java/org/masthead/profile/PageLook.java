package org.masthead.profile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's own look, from the profile's {@code page} section: its article template and its
 * stylesheets, each with the place in masthead.yml that names it, so a missing file is reported
 * where the writer named it. Without a template the built-in page is used.
 *
 * @param template    the Mustache template, or null for the built-in page
 * @param stylesheets the site's stylesheets, in the order the page links them
 */
public record PageLook(Named template, List<Named> stylesheets) {
    public static final PageLook BUILT_IN = new PageLook(null, List.of());

    /**
     * A file the profile names.
     *
     * @param written as written in masthead.yml
     * @param file    resolved against masthead.yml's folder
     * @param line    where masthead.yml names it (1-based, as an editor counts)
     */
    public record Named(String written, Path file, Path profile, int line, int column) {}

    public PageLook {
        stylesheets = List.copyOf(stylesheets);
    }

    public boolean hasTemplate() {
        return template != null;
    }

    /** Every file of the look: the template first. */
    public List<Named> files() {
        List<Named> all = new ArrayList<>();
        if (template != null) all.add(template);
        all.addAll(stylesheets);
        return all;
    }
}
