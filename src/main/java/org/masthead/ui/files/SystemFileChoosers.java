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
        return save(
                owner, "Save article as", folder, name, new FileChooser.ExtensionFilter("Markdown articles", "*.md"));
    }

    @Override
    public Optional<Path> exportPage(Window owner, Path folder, String name) {
        return save(owner, "Export HTML page", folder, name, new FileChooser.ExtensionFilter("HTML pages", "*.html"));
    }

    private static Optional<Path> save(
            Window owner, String title, Path folder, String name, FileChooser.ExtensionFilter filter) {
        FileChooser c = chooser(title, folder);
        c.setInitialFileName(name);
        c.getExtensionFilters().add(filter);
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
