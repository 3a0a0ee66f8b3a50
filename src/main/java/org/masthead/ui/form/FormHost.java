package org.masthead.ui.form;

import java.nio.file.Path;
import java.util.Optional;

/** What the form needs from the window. */
public interface FormHost {
    /** Opens a URL in the system browser. */
    void openUrl(String url);

    /** Asks for an image under the site root; returns its site-relative path. */
    Optional<String> chooseImage(String current);

    /** The local file behind an image reference, if there is one. */
    Optional<Path> resolveImage(String ref);
}
