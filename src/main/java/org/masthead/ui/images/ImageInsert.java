package org.masthead.ui.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.stage.Window;

import org.masthead.article.ArticleFinder;
import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.media.ImageImport;
import org.masthead.media.ImageImportException;
import org.masthead.media.ShareImage;
import org.masthead.ui.Background;
import org.masthead.ui.editor.ImageTaker;
import org.masthead.ui.editor.MarkdownEditor;

/**
 * Images dropped or pasted into the body: the alt text is asked first, the image is copied into
 * the site off the FX thread ({@link ImageImport}), then {@code ![alt](/site/path)} goes in where
 * it was dropped, as one undo step. A refusal says why and changes nothing.
 */
public final class ImageInsert implements ImageTaker {

    private final Window owner;
    private final Supplier<ArticleDocument> document;
    private final Supplier<MarkdownEditor> editor;
    private final Dialogs dialogs;
    private final Consumer<String> status;
    private final ExecutorService worker = Background.singleThread("masthead-images");

    public ImageInsert(
            Window owner,
            Supplier<ArticleDocument> document,
            Supplier<MarkdownEditor> editor,
            Dialogs dialogs,
            Consumer<String> status) {
        this.owner = owner;
        this.document = document;
        this.editor = editor;
        this.dialogs = dialogs;
        this.status = status;
    }

    @Override
    public boolean isImage(Path file) {
        return ImageImport.isImageName(file);
    }

    @Override
    public void takeFiles(List<Path> files, int at) {
        Optional<ImageImport> imports = imports();
        if (imports.isEmpty()) return;
        String slug = slug();
        for (Path file : files) {
            Optional<String> alt = AltTextDialog.ask(owner, String.valueOf(file.getFileName()));
            if (alt.isEmpty()) continue;
            run(() -> imports.get().copy(file, slug), alt.get(), at);
        }
    }

    @Override
    public void takeBitmap(Image image, int at) {
        Optional<ImageImport> imports = imports();
        if (imports.isEmpty()) return;
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        if (image.getPixelReader() == null || w <= 0 || h <= 0) {
            dialogs.error("The picture cannot be pasted", "The clipboard's picture is empty or cannot be read.");
            return;
        }
        Optional<String> alt = AltTextDialog.ask(owner, "the pasted picture");
        if (alt.isEmpty()) return;
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        String slug = slug();
        run(() -> imports.get().write(w, h, argb, slug), alt.get(), at);
    }

    /**
     * Brings one image file into the article's site off the FX thread (a share image chosen or
     * dropped on its field); {@code done} gets where it went, or the writer hears why it did not.
     */
    public void importFile(Path file, Consumer<ImageImport.Imported> done) {
        Optional<ImageImport> imports = imports();
        if (imports.isEmpty()) return;
        String slug = slug();
        bringIn(() -> imports.get().copy(file, slug), "The image was not used", done);
    }

    /**
     * Make Share Image: the picture is read off the FX thread, framed by the writer, and the frame
     * written beside it (or into the image folder, for a picture outside the site); {@code done}
     * gets the new image's site path.
     */
    public void makeShareImage(Path picture, Consumer<String> done) {
        ArticleDocument doc = document.get();
        if (doc == null) return;
        Path root = doc.profile().siteRoot().toAbsolutePath().normalize();
        worker.execute(() -> {
            try {
                ShareImage.Picture read = ShareImage.read(picture);
                BufferedImage img = read.image();
                Image shown = FxPictures.toFx(img, ShareImageDialog.VIEW_WIDTH, ShareImageDialog.VIEW_HEIGHT);
                Platform.runLater(() -> ShareImageDialog.ask(owner, picture, img, shown, read.facts())
                        .ifPresent(frame -> writeShareImage(img, frame, picture, root, done)));
            } catch (ImageImportException e) {
                Platform.runLater(() -> dialogs.error("The share image cannot be made", e.getMessage()));
            }
        });
    }

    private void writeShareImage(
            BufferedImage img, ShareImage.Frame frame, Path picture, Path root, Consumer<String> done) {
        ArticleDocument doc = document.get();
        Path real = picture.toAbsolutePath().normalize();
        String folder = real.startsWith(root) && real.getParent() != null
                ? root.relativize(real.getParent()).toString()
                : doc.profile().images().folder();
        String base = ArticleFinder.baseName(real) + "-share";
        worker.execute(() -> {
            try {
                Path out = ShareImage.write(img, frame, root, folder, base);
                String sitePath = ImageImport.sitePath(root.toRealPath(), out.toRealPath());
                Platform.runLater(() -> {
                    done.accept(sitePath);
                    status.accept("Made the share image " + sitePath + " (1200×630).");
                });
            } catch (ImageImportException | IOException e) {
                Platform.runLater(() -> dialogs.error("The share image was not written", e.getMessage()));
            }
        });
    }

    /** What brings an image into this article's site; none for a new article outside any site. */
    private Optional<ImageImport> imports() {
        ArticleDocument doc = document.get();
        if (doc == null) return Optional.empty();
        if (doc.isUntitled() && doc.profile().profileFile().isEmpty()) {
            dialogs.error(
                    "Where should the image go?",
                    "This new article belongs to no site yet. Save it in its site (or open the site first): "
                            + "images are copied into the site's image folder.");
            return Optional.empty();
        }
        return Optional.of(new ImageImport(doc.profile(), LocalDate.now()));
    }

    /** The article's file name without extension, which images are named after. */
    private String slug() {
        ArticleDocument doc = document.get();
        return doc == null || doc.path() == null ? "image" : ArticleFinder.baseName(doc.path());
    }

    private interface Job {
        ImageImport.Imported run() throws ImageImportException;
    }

    /** The link to an image brought in goes in at {@code at}, as one undo step. */
    private void run(Job job, String alt, int at) {
        bringIn(job, "The image was not inserted", done -> {
            editor.get().insertAt(at, "![" + alt.replace("]", "\\]") + "](" + done.sitePath() + ")", "Insert Image");
            status.accept(
                    done.copied()
                            ? "Copied the image to " + done.sitePath() + "."
                            : "Linked " + done.sitePath() + ", already in the site.");
        });
    }

    /** Runs an import off the FX thread; {@code done} gets its result on the FX thread, or the writer hears why not. */
    private void bringIn(Job job, String failure, Consumer<ImageImport.Imported> done) {
        worker.execute(() -> {
            try {
                ImageImport.Imported in = job.run();
                Platform.runLater(() -> done.accept(in));
            } catch (ImageImportException e) {
                Platform.runLater(() -> dialogs.error(failure, e.getMessage()));
            } catch (RuntimeException e) {
                // A bug of ours: the writer still hears of it, and the text stays as it was.
                Platform.runLater(() -> dialogs.error(failure, "Internal error: " + e));
            }
        });
    }

    public void dispose() {
        worker.shutdown();
    }
}
