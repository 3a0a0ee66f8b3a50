package org.masthead.fx;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;

import org.masthead.image.SubsampledRead;
import org.masthead.render.AssetLinker;

/**
 * How the preview shows local images (and the fonts of a site's stylesheets): as data URLs,
 * because a page given to the WebView as text
 * may not load file: URLs. Formats WebKit cannot decode (WebP) and very large files go through
 * ImageIO (read subsampled) and become a JPEG, or a PNG when they have transparency, at most {@value #MAX_WIDTH}
 * px wide. Results are cached by file, size
 * and modification time, so typing never encodes the same picture twice.
 */
public final class PreviewAssets implements AssetLinker {
    private static final Map<String, String> NATIVE = Map.of(
            "png",
            "image/png",
            "jpg",
            "image/jpeg",
            "jpeg",
            "image/jpeg",
            "gif",
            "image/gif",
            "svg",
            "image/svg+xml",
            "bmp",
            "image/bmp");
    /** The site's fonts, which its stylesheets refer to. */
    private static final Map<String, String> FONTS =
            Map.of("woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "otf", "font/otf");

    private static final long MAX_RAW_BYTES = 1_500_000;
    private static final long MAX_FONT_BYTES = 4_000_000;
    /** Twice a preview column's width: sharp on a HiDPI screen, and no more for WebKit to decode and scale. */
    static final int MAX_WIDTH = 1200;

    private record Key(Path file, long modified, long size) {}

    private final Map<Key, String> cache = new ConcurrentHashMap<>();

    @Override
    public String href(Path file) {
        try {
            Key key = new Key(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
            return cache.computeIfAbsent(key, PreviewAssets::encode);
        } catch (IOException e) {
            return "";
        }
    }

    private static String encode(Key key) {
        String name = key.file().getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String mime = NATIVE.get(ext);
        String font = FONTS.get(ext);
        try {
            if (font != null) {
                if (key.size() > MAX_FONT_BYTES) return "";
                return "data:" + font + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(key.file()));
            }
            if (mime != null && (key.size() <= MAX_RAW_BYTES || ext.equals("svg"))) {
                return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(key.file()));
            }
            BufferedImage img = SubsampledRead.read(key.file(), MAX_WIDTH);
            if (img == null) return "";
            boolean alpha = img.getColorModel().hasAlpha();
            if (img.getWidth() > MAX_WIDTH) img = scale(img, MAX_WIDTH, alpha);
            // An opaque picture (a photo) as JPEG: a tenth of a PNG's bytes, and WebKit decodes it sooner.
            String format = alpha ? "png" : "jpeg";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(alpha ? img : opaque(img), format, out)) return "";
            return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static BufferedImage scale(BufferedImage src, int width, boolean alpha) {
        int height = Math.max(1, src.getHeight() * width / src.getWidth());
        BufferedImage out =
                new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(src, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** The JPEG writer takes three-band pictures only (a grey or indexed one is drawn into RGB first). */
    private static BufferedImage opaque(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_INT_RGB || img.getType() == BufferedImage.TYPE_3BYTE_BGR) return img;
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return out;
    }
}
