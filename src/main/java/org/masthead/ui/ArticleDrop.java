package org.masthead.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

import org.masthead.article.ArticleFinder;

/** An article file dropped on the window opens (after the usual question about unsaved changes). */
final class ArticleDrop {
    private ArticleDrop() {}

    static void install(Scene scene, Consumer<Path> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()
                    && e.getDragboard().getFiles().stream().anyMatch(f -> ArticleFinder.isArticle(f.toPath()))) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            var file = e.getDragboard().getFiles().stream()
                    .map(f -> f.toPath())
                    .filter(ArticleFinder::isArticle)
                    .findFirst();
            e.setDropCompleted(file.isPresent());
            e.consume();
            file.ifPresent(f -> Platform.runLater(() -> open.accept(f)));
        });
    }
}
