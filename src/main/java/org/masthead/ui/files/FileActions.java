package org.masthead.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.masthead.article.ArticleFinder;
import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.document.NewArticlePlace;
import org.masthead.document.SavePolicy;
import org.masthead.export.ExportTargets;
import org.masthead.export.HtmlExporter;
import org.masthead.source.IoMessages;
import org.masthead.source.SourceException;

/**
 * Opening, saving and exporting, with the questions and messages a writer expects: a failed save
 * says why and keeps the text (and the unsaved mark), nothing is lost without asking.
 */
public final class FileActions {
    private final Window owner;
    private final Consumer<String> browser;
    private final Dialogs dialogs;
    private final SavePolicy policy;
    private final Consumer<ArticleDocument> onDiscard;
    private final FileChoosers choosers;
    /** Where the writer's articles were last opened or saved: a new article's first save goes there. */
    private Path lastFolder;

    /**
     * @param mayOverwrite asked before a save whether the file on disk may be replaced
     * @param onDiscard    runs when the writer chooses not to keep unsaved changes
     * @param status       where quiet saves report
     * @param choosers     where the writer picks files
     */
    public FileActions(
            Window owner,
            Consumer<String> browser,
            Dialogs dialogs,
            Predicate<ArticleDocument> mayOverwrite,
            Consumer<ArticleDocument> onDiscard,
            Consumer<String> status,
            FileChoosers choosers) {
        this.owner = owner;
        this.browser = browser;
        this.dialogs = dialogs;
        this.policy = new SavePolicy(dialogs, mayOverwrite, status);
        this.onDiscard = onDiscard;
        this.choosers = choosers;
    }

    /** The window the dialogs belong to. */
    public Window owner() {
        return owner;
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

    /** Asks for an article, starting in the shown one's folder, else the last article's, else its site. */
    public Optional<Path> chooseToOpen(ArticleDocument shown) {
        return choosers.open(owner, shown == null ? lastFolder : NewArticlePlace.folder(shown, lastFolder));
    }

    /** Saves; an untitled article asks for a file. Returns false if the text is still unsaved. */
    public boolean save(ArticleDocument doc) {
        return doc.isUntitled() ? saveAs(doc) : policy.save(doc);
    }

    /** The automatic save after a pause: no questions (see {@link SavePolicy#saveQuietly}). */
    public void saveQuietly(ArticleDocument doc) {
        policy.saveQuietly(doc);
    }

    /** An article from a file is shown: a new article's first save will be offered its folder. */
    public void articleShown(Path file) {
        lastFolder = file.toAbsolutePath().getParent();
    }

    public boolean saveAs(ArticleDocument doc) {
        return saveAs(doc, NewArticlePlace.folder(doc, lastFolder), NewArticlePlace.fileName(doc));
    }

    /** Save As, the chooser opened in {@code folder} with {@code name} (from a new article's site rules). */
    public boolean saveAs(ArticleDocument doc, Path folder, String name) {
        Optional<Path> chosen = choosers.saveArticle(owner, folder, name);
        return chosen.isPresent() && saveTo(doc, ArticleFinder.withMarkdownExtension(chosen.get()));
    }

    /** Writes the article to {@code file} without asking (its site's rules chose it and nothing is there). */
    public boolean saveTo(ArticleDocument doc, Path file) {
        try {
            doc.saveAs(file);
            lastFolder = file.toAbsolutePath().getParent();
            return true;
        } catch (IOException e) {
            error(
                    "Could not save " + file.getFileName(),
                    IoMessages.describe(e) + "\n\nYour text is still here and still unsaved.");
        } catch (SourceException e) {
            error("Saved, but the site profile has a problem", e.getMessage());
            return true;
        }
        return false;
    }

    /** Exports the article as a standalone HTML page and offers to open it. */
    public void export(ArticleDocument doc) {
        if (doc.article().headerError().isPresent()) {
            error(
                    "Cannot export yet",
                    "The front matter does not parse: "
                            + doc.article().headerError().get().getMessage());
            return;
        }
        Path folder = doc.path() == null ? null : doc.path().getParent();
        String name = doc.article().displayName().replaceFirst("\\.(md|markdown)$", "") + ".html";
        Optional<Path> chosen = choosers.exportPage(owner, folder, name);
        if (chosen.isEmpty()) return;
        var file = chosen.get().toFile();
        try {
            // The file chooser has asked before replacing a file; articles, links and devices stay refused.
            HtmlExporter.export(
                    doc.article(),
                    doc.profile(),
                    file.toPath(),
                    false,
                    ExportTargets.Sources.of(doc.path() == null ? List.of() : List.of(doc.path())),
                    true);
        } catch (IOException e) {
            error("Could not export " + file.getName(), IoMessages.describe(e));
            return;
        } catch (SourceException e) {
            error("Could not export " + file.getName(), e.getMessage());
            return;
        }
        Alert done = new Alert(
                Alert.AlertType.INFORMATION, "Exported to " + file + ".", new ButtonType("Open"), ButtonType.CLOSE);
        done.initOwner(owner);
        done.setHeaderText("Page exported");
        done.showAndWait()
                .filter(b -> b.getText().equals("Open"))
                .ifPresent(b -> browser.accept(file.toURI().toString()));
    }

    /** Asks before unsaved changes are lost; true if it is fine to go on. */
    public boolean confirmDiscard(ArticleDocument doc, Predicate<ArticleDocument> save) {
        return policy.confirmDiscard(doc, save, () -> onDiscard.accept(doc));
    }

    /** Asks once about all of these with unsaved changes (the window is closing); true if it may. */
    public boolean confirmDiscardAll(List<ArticleDocument> docs, Predicate<ArticleDocument> save) {
        return policy.confirmDiscardAll(docs, save, onDiscard);
    }

    public void error(String header, String detail) {
        dialogs.error(header, detail);
    }
}
