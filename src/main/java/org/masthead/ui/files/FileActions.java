package org.masthead.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.masthead.document.ArticleDocument;
import org.masthead.document.ChangedOnDiskException;
import org.masthead.export.HtmlExporter;
import org.masthead.source.IoMessages;
import org.masthead.source.ReadOnlyFileException;
import org.masthead.source.SourceException;

/**
 * Opening, saving and exporting, with the questions and messages a writer expects: a failed save
 * says why and keeps the text (and the unsaved mark), nothing is lost without asking.
 */
public final class FileActions {
    private final Window owner;
    private final Consumer<String> browser;
    private final java.util.function.Predicate<ArticleDocument> mayOverwrite;
    private final Runnable onDiscard;
    private final Consumer<String> status;
    /** Documents whose writer chose to keep their own encoding: asked once, not at every save. */
    private final java.util.Set<ArticleDocument> keptEncoding = java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>());

    /**
     * @param mayOverwrite asked before a save whether the file on disk may be replaced
     * @param onDiscard    runs when the writer chooses not to keep unsaved changes
     * @param status       where quiet saves report
     */
    public FileActions(Window owner, Consumer<String> browser, java.util.function.Predicate<ArticleDocument> mayOverwrite,
                       Runnable onDiscard, Consumer<String> status) {
        this.owner = owner;
        this.browser = browser;
        this.mayOverwrite = mayOverwrite;
        this.onDiscard = onDiscard;
        this.status = status;
    }

    /** Reads a file; a missing or unreadable one gives a message, not a stack trace. */
    public Optional<ArticleDocument> read(Path file) {
        try {
            return Optional.of(ArticleDocument.open(file));
        } catch (IOException e) {
            error("Could not open " + file.getFileName(), IoMessages.describe(e));
        } catch (SourceException e) {
            error("Could not open " + file.getFileName(), e.getMessage());
        }
        return Optional.empty();
    }

    public Optional<Path> chooseToOpen(Path folder) {
        FileChooser c = chooser("Open article", folder);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Markdown articles", "*.md", "*.markdown"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(c.showOpenDialog(owner)).map(f -> f.toPath());
    }

    /** Saves; an untitled article asks for a file. Returns false if the text is still unsaved. */
    public boolean save(ArticleDocument doc) {
        return save(doc, false, 0);
    }

    private boolean save(ArticleDocument doc, boolean overwriteReadOnly, int retries) {
        if (doc.isUntitled()) return saveAs(doc);
        if (!mayOverwrite.test(doc) || !encodingSettled(doc)) return false;
        try {
            doc.save(overwriteReadOnly);
            return true;
        } catch (ChangedOnDiskException e) {
            // Written by another program after the question: ask again with its new text.
            if (retries < 3) return save(doc, overwriteReadOnly, retries + 1);
            error("Could not save " + doc.article().displayName(), e.getMessage() + "\n\nYour text is still here and still unsaved.");
            return false;
        } catch (ReadOnlyFileException e) {
            return !overwriteReadOnly && confirmReadOnly(doc) && save(doc, true, retries);
        } catch (IOException e) {
            error("Could not save " + doc.article().displayName(), IoMessages.describe(e)
                    + "\n\nYour text is still here and still unsaved. Try Save As… to keep it somewhere else.");
            return false;
        }
    }

    /**
     * The automatic save after a pause: no questions. It leaves the file alone when that would need
     * one (the file changed on disk, or is not UTF-8) and reports a failure in the status bar.
     */
    public void saveQuietly(ArticleDocument doc) {
        if (doc.isUntitled() || !doc.isDirty() || !doc.article().isUtf8()) return;
        try {
            if (doc.newerOnDisk().isPresent()) {
                status.accept("Not saved automatically: " + doc.article().displayName() + " changed on disk.");
                return;
            }
            doc.save();
        } catch (IOException e) {
            status.accept("Automatic save failed: " + IoMessages.describe(e) + ". Your text is kept, unsaved.");
        }
    }

    /**
     * A file that was not UTF-8 is saved in its own encoding or converted, as the writer chooses,
     * never with characters silently replaced.
     */
    private boolean encodingSettled(ArticleDocument doc) {
        if (doc.article().isUtf8() || (keptEncoding.contains(doc) && doc.article().canEncode())) return true;
        String cs = doc.article().charset().displayName();
        ButtonType keep = new ButtonType("Keep " + cs, javafx.scene.control.ButtonBar.ButtonData.NO);
        ButtonType convert = new ButtonType("Convert to UTF-8", javafx.scene.control.ButtonBar.ButtonData.YES);
        boolean fits = doc.article().canEncode();
        Alert a = fits ? new Alert(Alert.AlertType.CONFIRMATION, "", keep, convert, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, "", convert, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Encoding");
        a.setHeaderText(doc.article().displayName() + " was read as " + cs + ", not UTF-8.");
        a.setContentText(fits ? "Keep " + cs + " to write it as it was, or convert it to UTF-8."
                : "Your text now holds characters " + cs + " cannot store. Convert the file to UTF-8 to keep them.");
        a.getDialogPane().setId("encoding-dialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == convert) doc.convertToUtf8();
        if (answer == keep) keptEncoding.add(doc);
        return answer == convert || answer == keep;
    }

    public boolean saveAs(ArticleDocument doc) {
        FileChooser c = chooser("Save article as", doc.path() == null ? null : doc.path().getParent());
        c.setInitialFileName(doc.isUntitled() ? "untitled.md" : doc.article().displayName());
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown articles", "*.md"));
        var file = c.showSaveDialog(owner);
        if (file == null) return false;
        try {
            doc.saveAs(file.toPath());
            return true;
        } catch (IOException e) {
            error("Could not save " + file.getName(), IoMessages.describe(e) + "\n\nYour text is still here and still unsaved.");
        } catch (SourceException e) {
            error("Saved, but the site profile has a problem", e.getMessage());
            return true;
        }
        return false;
    }

    /** Exports the article as a standalone HTML page and offers to open it. */
    public void export(ArticleDocument doc) {
        if (doc.article().headerError().isPresent()) {
            error("Cannot export yet", "The front matter does not parse: " + doc.article().headerError().get().getMessage());
            return;
        }
        Path folder = doc.path() == null ? null : doc.path().getParent();
        FileChooser c = chooser("Export HTML page", folder);
        String name = doc.article().displayName().replaceFirst("\\.(md|markdown)$", "") + ".html";
        c.setInitialFileName(name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML pages", "*.html"));
        var file = c.showSaveDialog(owner);
        if (file == null) return;
        try {
            // The file chooser has asked before replacing a file; articles, links and devices stay refused.
            HtmlExporter.export(doc.article(), doc.profile(), file.toPath(), false,
                    doc.path() == null ? java.util.List.of() : java.util.List.of(doc.path()), true);
        } catch (IOException e) {
            error("Could not export " + file.getName(), IoMessages.describe(e));
            return;
        } catch (SourceException e) {
            error("Could not export " + file.getName(), e.getMessage());
            return;
        }
        Alert done = new Alert(Alert.AlertType.INFORMATION, "Exported to " + file + ".", new ButtonType("Open"), ButtonType.CLOSE);
        done.initOwner(owner);
        done.setHeaderText("Page exported");
        done.showAndWait().filter(b -> b.getText().equals("Open")).ifPresent(b -> browser.accept(file.toURI().toString()));
    }

    /** The file is read-only: replacing it is the writer's choice, and it stays read-only. */
    private boolean confirmReadOnly(ArticleDocument doc) {
        ButtonType replace = new ButtonType("Save Anyway", javafx.scene.control.ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Read-only file");
        a.setHeaderText(doc.article().displayName() + " is read-only.");
        a.setContentText("Someone made this file read-only, perhaps on purpose. Save your changes anyway? "
                + "The file stays read-only afterwards.");
        a.getDialogPane().setId("read-only-dialog");
        return a.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    /** Asks before unsaved changes are lost; true if it is fine to go on. */
    public boolean confirmDiscard(ArticleDocument doc) {
        if (doc == null || !doc.isDirty()) return true;
        return switch (UnsavedChanges.ask(owner, doc.article().displayName())) {
            case SAVE -> save(doc);
            case DISCARD -> {
                onDiscard.run();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    public void error(String header, String detail) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Masthead");
        a.setHeaderText(header);
        a.setContentText(detail);
        a.getDialogPane().setId("error-dialog");
        a.showAndWait();
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) c.setInitialDirectory(folder.toFile());
        return c;
    }
}
