package org.masthead.fx;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/**
 * JavaFX snapshots as AWT images, so ImageIO can write them, and AWT pictures (decoded by ImageIO,
 * WebP included) scaled as JavaFX images to show; no javafx.swing needed.
 */
public final class FxImages {
    private FxImages() {}

    public static BufferedImage toBufferedImage(WritableImage img) {
        int w = (int) img.getWidth(), h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            r.getPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** {@code src} scaled (bilinear) to {@code w}×{@code h} as a JavaFX image; call it off the FX thread. */
    public static WritableImage scaled(BufferedImage src, int w, int h) {
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        WritableImage out = new WritableImage(w, h);
        int[] argb = scaled.getRGB(0, 0, w, h, null, 0, w);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
