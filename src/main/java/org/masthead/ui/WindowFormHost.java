package org.masthead.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.LocalAssets;
import org.masthead.ui.files.FxDialogs;
import org.masthead.ui.form.FormHost;
import org.masthead.ui.images.ImageInsert;

/** What the form asks of the window: open a URL, choose an image under the site root, find an image on disk. */
final class WindowFormHost implements FormHost {
    private final Stage stage;
    private final Supplier<ArticleDocument> document;
    private final Consumer<String> browser;
    private final ImageInsert images;

    WindowFormHost(Stage stage, Supplier<ArticleDocument> document, Consumer<String> browser, ImageInsert images) {
        this.stage = stage;
        this.images = images;
        this.document = document;
        this.browser = browser;
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
