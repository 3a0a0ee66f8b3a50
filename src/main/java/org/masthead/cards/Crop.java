package org.masthead.cards;

/**
 * The part of an image a platform shows: the largest centred rectangle of its ratio. Platforms
 * that crop do so from the centre unless told otherwise, and none of the tags can tell them.
 */
public record Crop(int x, int y, int width, int height) {

    public static Crop centred(int imageWidth, int imageHeight, double ratio) {
        if (imageWidth <= 0 || imageHeight <= 0) return new Crop(0, 0, 0, 0);
        double actual = (double) imageWidth / imageHeight;
        if (Math.abs(actual - ratio) < 1e-9) return new Crop(0, 0, imageWidth, imageHeight);
        if (actual > ratio) {
            int w = (int) Math.round(imageHeight * ratio);
            return new Crop((imageWidth - w) / 2, 0, w, imageHeight);
        }
        int h = (int) Math.round(imageWidth / ratio);
        return new Crop(0, (imageHeight - h) / 2, imageWidth, h);
    }

    /** Share of the image cut away, 0 to 1. */
    public double lostShare(int imageWidth, int imageHeight) {
        return 1.0 - (double) width * height / ((double) imageWidth * imageHeight);
    }
}
