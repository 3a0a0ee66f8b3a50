package org.masthead.ui.form;

import java.nio.file.Path;
import java.util.Optional;

import org.masthead.document.Dialogs;

/** What the form needs from the window. */
public interface FormHost {
    /** Asks the writer (removing a field others follow). */
    Dialogs dialogs();

    /** Opens a URL in the system browser. */
    void openUrl(String url);

    /** Asks for an image under the site root; returns its site-relative path. */
    Optional<String> chooseImage(String current);

    /** The local file behind an image reference, if there is one. */
    Optional<Path> resolveImage(String ref);
}
