package org.masthead.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an image's format and dimensions from its header without decoding the pixels. WebP comes
 * through the TwelveMonkeys plugin, registered with ImageIO by its service file.
 */
public final class ImageProbe {
    static {
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    private ImageProbe() {}

    /** @throws IOException if the file cannot be read or is not an image ImageIO knows */
    public static ImageFacts read(Path file) throws IOException {
        long size = Files.size(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg") || name.endsWith(".svgz") || looksLikeSvg(file)) {
            return new ImageFacts(file, "svg", 0, 0, size);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new IOException("cannot open " + file);
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext())
                throw new IOException("not an image format Masthead can read: " + file.getFileName());
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (format.equals("jpg")) format = "jpeg";
                return new ImageFacts(file, format, reader.getWidth(0), reader.getHeight(0), size);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // Plugins throw unchecked exceptions on some damaged files: report them as unreadable.
            throw new IOException("damaged image " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeSvg(Path file) throws IOException {
        byte[] head = new byte[256];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String s = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
        return s.startsWith("<svg") || (s.startsWith("<?xml") && s.contains("<svg"));
    }
}
