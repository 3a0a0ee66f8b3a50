package org.masthead.ui.images;

import java.awt.image.BufferedImage;

import javafx.scene.image.Image;

import org.masthead.fx.FxImages;

/** An AWT picture as a JavaFX image scaled to fit a box (decoded by ImageIO, so WebP works too). */
final class FxPictures {
    private FxPictures() {}

    static Image toFx(BufferedImage src, double maxW, double maxH) {
        double s = Math.min(1, Math.min(maxW / src.getWidth(), maxH / src.getHeight()));
        int w = Math.max(1, (int) Math.round(src.getWidth() * s));
        int h = Math.max(1, (int) Math.round(src.getHeight() * s));
        return FxImages.scaled(src, w, h);
    }
}
