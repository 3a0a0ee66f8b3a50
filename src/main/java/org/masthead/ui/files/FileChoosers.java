package org.masthead.ui.files;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/**
 * Where the writer picks a file: the system's dialogs in the app ({@link #system()}), answers
 * given in advance in the window's tests (the system's dialogs cannot be driven there).
 */
public interface FileChoosers {
    /** An article to open; {@code folder} is where to start, or null. */
    Optional<Path> open(Window owner, Path folder);

    /** Where to save an article; {@code name} is the suggested file name. */
    Optional<Path> saveArticle(Window owner, Path folder, String name);

    /** Where to export a page; {@code name} is the suggested file name. */
    Optional<Path> exportPage(Window owner, Path folder, String name);

    static FileChoosers system() {
        return new SystemFileChoosers();
    }
}
