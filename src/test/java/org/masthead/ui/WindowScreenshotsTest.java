package org.masthead.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.article.ArticleFinder;

/**
 * {@code mvn -Pscreenshots verify}: a PNG of the window with each sample under
 * {@code target/screenshots/}, to look at what writers see.
 */
@Tag("screenshots")
class WindowScreenshotsTest extends WindowTestBase {
    private static final Path OUT = Path.of("target/screenshots");

    @Test
    void eachSample() throws Exception {
        Files.createDirectories(OUT);
        List<Path> articles = ArticleFinder.walk(samples);
        assertThat(articles).isNotEmpty();
        for (Path md : articles) {
            open(md);
            Thread.sleep(800);
            Path png = OUT.resolve(md.getFileName().toString().replace(".md", ".png"));
            save(fx(() -> window.stage().getScene().snapshot(null)), png);
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }

    private static void save(WritableImage image, Path file) throws Exception {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(out, "png", file.toFile());
    }
}
