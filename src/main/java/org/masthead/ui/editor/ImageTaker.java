package org.masthead.ui.editor;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.image.Image;

/** Takes images the writer drops or pastes into the body; the window brings them into the site. */
public interface ImageTaker {
    /** Whether a file is an image this takes (by its name; the content is checked when taken). */
    boolean isImage(Path file);

    /** Image files dropped or pasted; their links go in at {@code at} in the body. */
    void takeFiles(List<Path> files, int at);

    /** A bitmap pasted from the clipboard; its link goes in at {@code at}. */
    void takeBitmap(Image image, int at);
}
