package org.masthead.media;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;

/**
 * The share image cards want: a 1.91:1 frame of a picture, scaled to 1200×630 and written beside
 * it (a JPEG kept under 1 MB by lowering its quality step by step, or a PNG when the picture has
 * transparency), under a name nobody has.
 */
public final class ShareImage {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    public static final long MAX_BYTES = 1024L * 1024;
    private static final float[] QUALITIES = {0.9f, 0.85f, 0.8f, 0.72f, 0.64f, 0.55f, 0.45f};

    private ShareImage() {}

    /** A frame in the picture's pixels; its height follows from the width (1200:630). */
    public record Frame(double x, double y, double width) {
        public double height() {
            return width * HEIGHT / WIDTH;
        }

        /** The largest frame that fits a picture of this size, centred. */
        public static Frame largest(int w, int h) {
            double fw = Math.min(w, h * (double) WIDTH / HEIGHT);
            double fh = fw * HEIGHT / WIDTH;
            return new Frame((w - fw) / 2, (h - fh) / 2, fw);
        }

        /** This frame moved and cut so that it lies inside a picture of this size, its ratio kept. */
        public Frame within(int w, int h) {
            double fw = Math.min(Math.max(width, 16), Math.min(w, h * (double) WIDTH / HEIGHT));
            double fh = fw * HEIGHT / WIDTH;
            return new Frame(Math.max(0, Math.min(x, w - fw)), Math.max(0, Math.min(y, h - fh)), fw);
        }
    }

    /** A picture read for framing, with what its file is (format, size, bytes) for the platforms' verdicts. */
    public record Picture(BufferedImage image, ImageFacts facts) {}

    /** Reads a picture for framing: any format ImageIO reads here, WebP included. */
    public static Picture read(Path source) throws ImageImportException {
        String name = String.valueOf(source.getFileName());
        try {
            if (Files.size(source) > ImageImport.MAX_BYTES)
                throw new ImageImportException(name + " is larger than 50 MB.");
            ImageFacts facts = ImageProbe.read(source);
            BufferedImage img = ImageIO.read(source.toFile());
            if (img == null) throw new ImageImportException(name + " is not an image Masthead can read.");
            return new Picture(img, facts);
        } catch (IOException e) {
            throw new ImageImportException(name + " cannot be read: " + e.getMessage());
        }
    }

    /** Writes the frame of {@code picture} as the share image in {@code folder}, named after {@code base}. */
    public static Path write(BufferedImage picture, Frame frame, Path siteRoot, String folder, String base)
            throws ImageImportException {
        Frame f = frame.within(picture.getWidth(), picture.getHeight());
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage out =
                new BufferedImage(WIDTH, HEIGHT, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        int sx = (int) Math.round(f.x()), sy = (int) Math.round(f.y());
        int sw = (int) Math.round(f.width()), sh = (int) Math.round(f.height());
        g.drawImage(picture, 0, 0, WIDTH, HEIGHT, sx, sy, sx + sw, sy + sh, null);
        g.dispose();
        try {
            byte[] bytes = alpha ? png(out) : jpegUnder(out, MAX_BYTES);
            return ImageFolder.in(siteRoot, folder)
                    .createNew(n -> n == 1 ? base : base + "-" + n, alpha ? "png" : "jpg", bytes);
        } catch (IOException e) {
            throw new ImageImportException("The share image could not be written: " + e.getMessage());
        }
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The best quality whose file stays under {@code limit}. */
    static byte[] jpegUnder(BufferedImage img, long limit) throws IOException {
        byte[] last = null;
        for (float q : QUALITIES) {
            last = Jpeg.of(img, q);
            if (last.length <= limit) return last;
        }
        return last;
    }
}
