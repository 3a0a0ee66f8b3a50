package org.masthead.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's own file dialogs. */
final class SystemFileChoosers implements FileChoosers {

    @Override
    public Optional<Path> open(Window owner, Path folder) {
        FileChooser c = chooser("Open article", folder);
        c.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Markdown articles", "*.md", "*.markdown"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return path(c.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> saveArticle(Window owner, Path folder, String name) {
        FileChooser c = chooser("Save article as", folder);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown articles", "*.md"));
        return path(c.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> exportPage(Window owner, Path folder, String name) {
        FileChooser c = chooser("Export HTML page", folder);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML pages", "*.html"));
        return path(c.showSaveDialog(owner));
    }

    private static Optional<Path> path(File chosen) {
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) c.setInitialDirectory(folder.toFile());
        return c;
    }
}
