package org.masthead.fx;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Large local pictures reach the preview scaled: a photo as JPEG, one with transparency as PNG. */
class PreviewAssetsTest {
    @TempDir
    Path dir;

    private static BufferedImage noise(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Random r = new Random(3);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++)
                row[x] = (type == BufferedImage.TYPE_INT_ARGB ? 0x80 << 24 : 0) | (r.nextInt() & 0xFFFFFF);
            img.setRGB(0, y, w, 1, row, 0, w);
        }
        return img;
    }

    private static BufferedImage decoded(String dataUrl) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aLargePhotoBecomesAJpegAtMostThePreviewsWidthAndAPictureWithTransparencyAPng() throws Exception {
        Path photo = dir.resolve("photo.jpg");
        ImageIO.write(noise(3400, 1900, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        assertThat(Files.size(photo)).as("over the size sent as it is").isGreaterThan(1_500_000);
        String href = new PreviewAssets().href(photo);
        assertThat(href).startsWith("data:image/jpeg;base64,");
        BufferedImage shown = decoded(href);
        assertThat(shown.getWidth()).isEqualTo(PreviewAssets.MAX_WIDTH);
        assertThat(shown.getHeight()).isEqualTo(1900 * PreviewAssets.MAX_WIDTH / 3400);

        Path clear = dir.resolve("overlay.png");
        ImageIO.write(noise(1800, 700, BufferedImage.TYPE_INT_ARGB), "png", clear.toFile());
        String png = new PreviewAssets().href(clear);
        assertThat(png).startsWith("data:image/png;base64,");
        BufferedImage overlay = decoded(png);
        assertThat(overlay.getWidth()).isEqualTo(PreviewAssets.MAX_WIDTH);
        assertThat(overlay.getColorModel().hasAlpha()).isTrue();
        assertThat(overlay.getRGB(10, 10) >>> 24)
                .as("half transparent, as drawn")
                .isBetween(0x70, 0x90);
    }
}
