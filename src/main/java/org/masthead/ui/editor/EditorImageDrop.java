package org.masthead.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import org.fxmisc.richtext.CodeArea;

/**
 * Images into the body: files dropped on the editor go in where they are dropped, files or a
 * bitmap on the clipboard where the caret is. Articles dropped on the editor still open (the
 * window's own drop handler, which sees what this one leaves).
 */
final class EditorImageDrop {
    private EditorImageDrop() {}

    static void install(CodeArea area, ImageTaker images) {
        area.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!imageFiles(e.getDragboard(), images).isEmpty()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        area.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = imageFiles(e.getDragboard(), images);
            if (files.isEmpty()) return;
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            e.setDropCompleted(true);
            e.consume();
            images.takeFiles(files, at);
        });
    }

    /** Pastes the clipboard's images, if it holds any; false leaves the paste to text. */
    static boolean paste(CodeArea area, ImageTaker images) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        List<Path> files = clipboard.hasFiles()
                ? clipboard.getFiles().stream()
                        .map(File::toPath)
                        .filter(images::isImage)
                        .toList()
                : List.of();
        int at = area.getSelection().getEnd();
        if (!files.isEmpty()) {
            images.takeFiles(files, at);
            return true;
        }
        // A browser's copied picture comes with its HTML too: the picture is what the writer means.
        if (clipboard.hasImage() && !clipboard.hasString()) {
            images.takeBitmap(clipboard.getImage(), at);
            return true;
        }
        return false;
    }

    private static List<Path> imageFiles(Dragboard board, ImageTaker images) {
        if (!board.hasFiles()) return List.of();
        return board.getFiles().stream()
                .map(File::toPath)
                .filter(images::isImage)
                .toList();
    }
}
