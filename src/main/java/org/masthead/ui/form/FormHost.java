package org.masthead.ui.form;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.value.ObservableValue;

import org.masthead.document.Dialogs;
import org.masthead.newarticle.FirstSavePlace;
import org.masthead.site.SiteValues;
import org.masthead.ui.spell.SpellingActions;

/** What the form needs from the window. */
public interface FormHost {
    /** Asks the writer (removing a field others follow). */
    Dialogs dialogs();

    /** Opens a URL in the system browser. */
    void openUrl(String url);

    /**
     * Asks for an image; one outside the site is copied into the site's image folder first.
     * {@code chosen} gets its path as the article refers to it (later, if it was copied).
     */
    void chooseImage(String current, Consumer<String> chosen);

    /** An image file dropped on an image field: copied into the site if outside it, as {@link #chooseImage}. */
    void importImage(Path file, Consumer<String> chosen);

    /** Make Share Image from the picture {@code current} refers to; {@code chosen} gets the new one's path. */
    void makeShareImage(String current, Consumer<String> chosen);

    /** The local file behind an image reference, if there is one. */
    Optional<Path> resolveImage(String ref);

    /** Where the shown article's first save goes, for an article started the site's way and not yet saved. */
    /** The shown article's spelling, for the prose fields' marks and menu. */
    default SpellingActions spelling() {
        return SpellingActions.NONE;
    }

    default Optional<FirstSavePlace> firstSavePlace() {
        return Optional.empty();
    }

    /** The values of the open site's list fields, for suggestions and spelling tips (EMPTY: no site). */
    ObservableValue<SiteValues> siteValues();
}
