package org.masthead.ui;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.masthead.article.ArticleFinder;
import org.masthead.article.Slug;
import org.masthead.document.ArticleDocument;
import org.masthead.newarticle.ArticleRename;
import org.masthead.newarticle.NewArticleRefused;
import org.masthead.source.SourceException;
import org.masthead.ui.files.FileActions;

/**
 * Site ▸ Rename Article…: a new slug for the shown, saved article. The files move first (all or
 * none, never over a file); then the canonical URL and the links to the renamed images change as
 * edits the writer can undo, and the article is saved under its new name.
 */
final class RenameArticle {
    static final ButtonType RENAME = new ButtonType("Rename", ButtonBar.ButtonData.OK_DONE);

    private final Window owner;
    private final FileActions files;
    private final Consumer<String> status;

    RenameArticle(Window owner, FileActions files, Consumer<String> status) {
        this.owner = owner;
        this.files = files;
        this.status = status;
    }

    void rename(ArticleDocument doc) {
        if (doc == null || doc.isUntitled()) {
            status.accept("Save the article first: a new article gets its name when it is saved.");
            return;
        }
        if (doc.isDirty() && !files.save(doc)) return;
        String name = doc.path().getFileName().toString();
        String oldSlug = ArticleFinder.baseName(doc.path());
        List<ArticleRename.Move> images;
        try {
            images = ArticleRename.images(doc.profile(), oldSlug, oldSlug);
        } catch (IOException e) {
            images = List.of();
        }
        Optional<Answer> answer = ask(oldSlug, images);
        if (answer.isEmpty()) return;
        try {
            ArticleRename plan = ArticleRename.plan(
                    doc.path(), doc.profile(), answer.get().slug(), answer.get().images());
            plan.moveFiles();
            retext(doc, plan);
            if (!files.saveTo(doc, plan.target())) {
                plan.moveBack();
                return;
            }
            status.accept("Renamed " + name + " to " + plan.target().getFileName()
                    + (plan.images().isEmpty() ? "." : ", with " + plan.images().size() + " images."));
        } catch (NewArticleRefused e) {
            files.error("The article was not renamed", e.getMessage());
        } catch (IOException e) {
            files.error("The article was not renamed", "Nothing was moved: " + e.getMessage());
        }
    }

    /** The URL and the image links follow the new name, as edits (Ctrl+Z takes each back). */
    private static void retext(ArticleDocument doc, ArticleRename plan) {
        doc.article().frontMatter().ifPresent(fm -> {
            for (String key : fm.keys()) {
                String value = fm.text(key);
                String now = plan.renamed(value);
                if (now.equals(value)) continue;
                try {
                    doc.setValue(key, now);
                } catch (SourceException e) {
                    // A value the header cannot take as written: the writer sees it unchanged and can fix it.
                    System.getLogger(RenameArticle.class.getName()).log(System.Logger.Level.DEBUG, key, e);
                }
            }
        });
        doc.setBody(plan.renamedBody(doc.article().body()));
    }

    private record Answer(String slug, boolean images) {}

    private Optional<Answer> ask(String oldSlug, List<ArticleRename.Move> images) {
        Dialog<Answer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Rename Article");
        d.setHeaderText("Rename " + oldSlug);
        TextField slug = new TextField(oldSlug);
        slug.setId("rename-slug");
        Label result = new Label();
        result.setId("rename-result");
        result.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> Slug.of(slug.getText()).isEmpty()
                                ? "A name needs letters or digits."
                                : "The file becomes " + Slug.of(slug.getText()) + ".md; the canonical URL follows.",
                        slug.textProperty()));
        CheckBox withImages = new CheckBox(images.size() + " images named after it are renamed too: "
                + String.join(
                        ", ",
                        images.stream()
                                .limit(3)
                                .map(m -> m.from().getFileName().toString())
                                .toList())
                + (images.size() > 3 ? ", …" : ""));
        withImages.setId("rename-images");
        withImages.setSelected(true);
        withImages.setVisible(!images.isEmpty());
        withImages.setManaged(!images.isEmpty());
        d.getDialogPane().setContent(new VBox(8, slug, result, withImages));
        d.getDialogPane().getButtonTypes().setAll(RENAME, ButtonType.CANCEL);
        d.getDialogPane().setId("rename-dialog");
        d.setResultConverter(b -> b == RENAME ? new Answer(slug.getText(), withImages.isSelected()) : null);
        d.setOnShown(e -> slug.selectAll());
        return d.showAndWait();
    }
}
