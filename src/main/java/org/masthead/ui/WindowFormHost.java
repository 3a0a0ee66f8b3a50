package org.masthead.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.newarticle.FirstSavePlace;
import org.masthead.profile.FieldRole;
import org.masthead.profile.FieldSpec;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.LocalAssets;
import org.masthead.site.SiteValues;
import org.masthead.source.SourceException;
import org.masthead.ui.files.FxDialogs;
import org.masthead.ui.form.FormHost;
import org.masthead.ui.images.ImageInsert;
import org.masthead.ui.spell.SpellingActions;

/** What the form asks of the window: open a URL, choose an image under the site root, find an image on disk. */
final class WindowFormHost implements FormHost {
    private final Stage stage;
    private final Supplier<ArticleDocument> document;
    private final Consumer<String> browser;
    private final ImageInsert images;
    private final ObservableValue<SiteValues> siteValues;
    private final NewInSite newInSite;
    private final SpellingActions spelling;

    WindowFormHost(WindowParts parts, Supplier<ArticleDocument> document, Consumer<String> browser) {
        this.stage = parts.stage;
        this.images = parts.images;
        this.siteValues = parts.siteModel.valuesProperty();
        this.newInSite = parts.newInSite;
        this.document = document;
        this.browser = browser;
        this.spelling = SpellingSetup.actions(parts.spelling, document, parts.status::showMessage);
    }

    @Override
    public SpellingActions spelling() {
        return spelling;
    }

    @Override
    public ObservableValue<SiteValues> siteValues() {
        return siteValues;
    }

    @Override
    public Optional<FirstSavePlace> firstSavePlace() {
        return newInSite.place(document.get());
    }

    @Override
    public Dialogs dialogs() {
        return new FxDialogs(stage);
    }

    @Override
    public void openUrl(String url) {
        browser.accept(url);
    }

    @Override
    public void chooseImage(String current, Consumer<String> chosen) {
        Path root = document.get().profile().siteRoot();
        FileChooser c = new FileChooser();
        c.setTitle("Choose the article's image");
        if (root != null && root.toFile().isDirectory()) c.setInitialDirectory(root.toFile());
        c.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(
                        "Images", "*.jpg", "*.jpeg", "*.png", "*.webp", "*.gif", "*.avif", "*.svg"));
        var file = c.showOpenDialog(stage);
        if (file != null) importImage(file.toPath(), chosen);
    }

    @Override
    public void makeShareImage(String current, Consumer<String> chosen) {
        Optional<Path> picture = resolveImage(current);
        if (picture.isEmpty()) {
            dialogs()
                    .error(
                            "No picture to frame",
                            current.isBlank()
                                    ? "Choose the article's image first (Choose…), then make its share image."
                                    : "The image " + current + " is not in the site.");
            return;
        }
        images.makeShareImage(picture.get(), chosen);
    }

    /**
     * Make Share Image from the Cards tab: the article's image field (by its role), framed, and the
     * field set to the new picture as if typed (its links follow; one undo step).
     */
    void makeShareImageForArticle() {
        ArticleDocument doc = document.get();
        if (doc == null || doc.article().frontMatter().isEmpty()) return;
        Optional<FieldSpec> field = doc.schema().fieldFor(FieldRole.IMAGE_PATH);
        if (field.isEmpty()) {
            dialogs().error("No image field", "This site's schema has no field for the article's image.");
            return;
        }
        String key = field.get().key();
        String current = doc.article().frontMatter().get().text(key);
        makeShareImage(current, path -> {
            try {
                doc.setValue(key, path);
            } catch (SourceException e) {
                dialogs().error("The image field was not changed", e.getMessage());
            }
        });
    }

    @Override
    public void importImage(Path file, Consumer<String> chosen) {
        images.importFile(file, in -> chosen.accept(in.sitePath()));
    }

    @Override
    public Optional<Path> resolveImage(String ref) {
        if (document.get() == null) return Optional.empty();
        SiteProfile p = document.get().profile();
        return LocalAssets.forArticle(document.get().article(), p, ArticleRenderer.effectiveBaseUrl(p, null))
                .find(ref);
    }
}
