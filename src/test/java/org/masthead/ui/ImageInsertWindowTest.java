package org.masthead.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Images pasted into the body: copied into the site's image folder, linked with the alt text asked for. */
class ImageInsertWindowTest extends WindowTestBase {

    /** A bound, not a pause: making a share image on two busy cores once took over 20 s. */
    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
    }

    private String body() throws Exception {
        return fx(() -> window.document().article().body());
    }

    private void pasteAtEnd() throws Exception {
        fx(() -> {
            window.editor().area().requestFocus();
            window.editor().area().moveTo(window.editor().area().getLength());
            return null;
        });
        push(KeyCode.CONTROL, KeyCode.V);
    }

    private Path imagesFolder() {
        return samples.resolve("site/images/posts_img");
    }

    @Test
    void aPastedFileIsCopiedIntoTheSiteAndLinkedWithItsAltText() throws Exception {
        open(tides());
        Path photo = tmp.resolve("Boats " + System.nanoTime() + ".png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putFiles(List.of(photo.toFile()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        String before = body();
        pasteAtEnd();
        DialogPane ask = dialog("#alt-dialog");
        assertThat(ask.lookupButton(DialogPane.class.cast(ask).getButtonTypes().get(0))
                        .isDisabled())
                .as("no Insert without alt text or a deliberate choice")
                .isTrue();
        clickOn("#alt-text");
        write("Boats resting on the mud at low tide");
        clickOn("Insert");
        String link = "![Boats resting on the mud at low tide](/images/posts_img/reading-the-tide-tables-1.png)";
        waitUntil(() -> window.document().article().body().endsWith(link));
        Path copied = imagesFolder().resolve("reading-the-tide-tables-1.png");
        assertThat(Files.readAllBytes(copied)).isEqualTo(Files.readAllBytes(photo));
        waitForJs(
                "Array.prototype.some.call(document.images, function (i) {"
                        + " return i.alt === 'Boats resting on the mud at low tide'"
                        + " && i.complete && i.naturalWidth === 40; })",
                true);

        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> window.document().article().body().equals(before));
    }

    @Test
    void aPastedBitmapBecomesAFileAndADecorativeImageHasAnEmptyAlt() throws Exception {
        open(tides());
        fx(() -> {
            WritableImage img = new WritableImage(32, 24);
            for (int y = 0; y < 24; y++)
                for (int x = 0; x < 32; x++) img.getPixelWriter().setArgb(x, y, 0xFF1F6F8B);
            ClipboardContent c = new ClipboardContent();
            c.putImage(img);
            Clipboard.getSystemClipboard().setContent(c);
        });
        pasteAtEnd();
        dialog("#alt-dialog");
        clickOn("#alt-decorative");
        clickOn("Insert");
        waitUntil(() ->
                window.document().article().body().endsWith("![](/images/posts_img/reading-the-tide-tables-1.png)"));
        BufferedImage written = ImageIO.read(
                imagesFolder().resolve("reading-the-tide-tables-1.png").toFile());
        assertThat(written.getWidth()).isEqualTo(32);
        assertThat(written.getRGB(5, 5)).isEqualTo(0xFF1F6F8B);
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedAndTheTextStaysAsItWas() throws Exception {
        open(tides());
        Path fake = Files.writeString(tmp.resolve("fake-" + System.nanoTime() + ".png"), "not a picture");
        fx(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putFiles(List.of(fake.toFile()));
            Clipboard.getSystemClipboard().setContent(c);
        });
        String before = body();
        pasteAtEnd();
        dialog("#alt-dialog");
        clickOn("#alt-text");
        write("Anything");
        clickOn("Insert");
        DialogPane error = dialog("#error-dialog");
        assertThat(error.getContentText()).contains(fake.getFileName() + " is not an image");
        assertThat(body()).isEqualTo(before);
        assertThat(Files.exists(imagesFolder().resolve("reading-the-tide-tables-1.png")))
                .isFalse();
    }

    @Test
    void makeShareImageWritesTheFramedPictureAndTheFieldsFollow() throws Exception {
        open(tides());
        fx(() -> window.form().focusField("page_image_src_rel"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#make-share-image-page_image_src_rel");
        DialogPane ask = dialog("#share-image-dialog");
        String before = lookup("#crop-size").queryLabeled().getText();
        // Shrink the frame by its corner: the ratio stays 1.91:1.
        drag("#crop-handle").dropBy(-120, -40);
        assertThat(lookup("#crop-size").queryLabeled().getText()).isNotEqualTo(before);
        assertThat(ask.getContentText()).isNull();
        clickOn("Make Share Image");
        waitUntil(() -> window.document()
                .article()
                .text()
                .contains("page_image_src_rel: \"/images/posts_img/tide-tables-share.jpg\""));
        assertThat(fx(() -> window.document().article().text()))
                .as("the full URL follows through its link")
                .contains("img_url_full: \"https://harbournotes.example/images/posts_img/tide-tables-share.jpg\"");
        var facts = org.masthead.image.ImageProbe.read(imagesFolder().resolve("tide-tables-share.jpg"));
        assertThat(facts.width()).isEqualTo(1200);
        assertThat(facts.height()).isEqualTo(630);
        assertThat(facts.bytes()).isLessThanOrEqualTo(1024 * 1024);
    }

    @Test
    void theCardsTabMakesTheShareImageOfTheArticlesImage() throws Exception {
        open(tides());
        clickOn("#tab-cards");
        clickOn("#cards-make-share-image");
        dialog("#share-image-dialog");
        clickOn("Make Share Image");
        waitUntil(() -> window.document()
                .article()
                .text()
                .contains("page_image_src_rel: \"/images/posts_img/tide-tables-share.jpg\""));
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> window.document()
                .article()
                .text()
                .contains("page_image_src_rel: \"/images/posts_img/tide-tables.webp\""));
    }

    @Test
    void aFileDroppedOnTheEditorGoesInWhereItWasDroppedAndOnTheShareImageFieldSetsIt() throws Exception {
        open(tides());
        Path photo = tmp.resolve("Quay " + System.nanoTime() + ".jpg");
        ImageIO.write(new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        String before = body();
        int at = before.indexOf("\n\n") + 2; // the start of the body's second block
        boolean accepted = fx(() -> {
            var area = window.editor().area();
            area.showParagraphAtTop(0);
            area.layout();
            var chars = area.getCharacterBoundsOnScreen(at, at + 1).orElseThrow();
            var inScene = area.getScene().getRoot().screenToLocal(chars.getMinX() + 1, chars.getCenterY());
            return SyntheticDrop.drop(area, area.getScene().getRoot().localToScene(inScene), List.of(photo));
        });
        assertThat(accepted).as("the editor takes an image file").isTrue();
        dialog("#alt-dialog");
        clickOn("#alt-text");
        write("The quay at dusk");
        clickOn("Insert");
        String link = "![The quay at dusk](/images/posts_img/reading-the-tide-tables-1.jpg)";
        waitUntil(() -> window.document().article().body().contains(link));
        assertThat(body().indexOf(link)).as("where it was dropped").isEqualTo(at);
        waitForJs(
                "Array.prototype.some.call(document.images, function (i) {"
                        + " return i.alt === 'The quay at dusk' && i.complete && i.naturalWidth === 48; })",
                true);

        boolean onField = fx(() -> {
            var field = lookup("#row-page_image_src_rel").query();
            var b = field.localToScene(field.getLayoutBounds());
            return SyntheticDrop.drop(
                    lookup("#field-page_image_src_rel").query().getParent().getParent(),
                    new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()),
                    List.of(photo));
        });
        assertThat(onField).isTrue();
        waitUntil(() -> window.document()
                .article()
                .requireFrontMatter()
                .text("page_image_src_rel")
                .equals("/images/posts_img/reading-the-tide-tables-2.jpg"));
        assertThat(imagesFolder().resolve("reading-the-tide-tables-2.jpg")).exists();
    }
}
