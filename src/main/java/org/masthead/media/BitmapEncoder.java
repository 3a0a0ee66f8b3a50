package org.masthead.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * A pasted bitmap as a file: PNG for what has transparency or few colours (screenshots, diagrams:
 * sharp edges JPEG would blur), JPEG for photographs (a tenth of the size).
 */
final class BitmapEncoder {
    /** More distinct colours than this and the picture is taken for a photograph. */
    static final int PHOTO_COLOURS = 4096;

    private static final float JPEG_QUALITY = 0.9f;

    private BitmapEncoder() {}

    static ImageImport.Encoded encode(int width, int height, int[] argb) throws IOException {
        boolean photo = isPhoto(argb, width * height);
        BufferedImage img =
                new BufferedImage(width, height, photo ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!photo) {
            ImageIO.write(img, "png", out);
            return new ImageImport.Encoded(out.toByteArray(), "png");
        }
        return new ImageImport.Encoded(Jpeg.of(img, JPEG_QUALITY), "jpg");
    }

    static boolean isPhoto(int[] argb, int pixels) {
        Set<Integer> colours = new HashSet<>();
        for (int i = 0; i < pixels; i++) {
            int c = argb[i];
            if ((c >>> 24) != 0xFF) return false;
            if (colours.add(c) && colours.size() > PHOTO_COLOURS) return true;
        }
        return false;
    }
}
