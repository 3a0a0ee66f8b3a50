package org.masthead.ui.preview;

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

import org.masthead.render.AssetLinker;

/**
 * How the preview refers to local images: by file URL where WebKit can decode the format, as a
 * PNG data URL converted through ImageIO where it cannot (WebP). Conversions are cached by file
 * and modification time, so typing never converts the same picture twice.
 */
final class PreviewAssets implements AssetLinker {
    private static final java.util.Set<String> NATIVE = java.util.Set.of("png", "jpg", "jpeg", "gif", "bmp", "svg");

    private record Key(Path file, long modified, long size) {}

    private final Map<Key, String> converted = new ConcurrentHashMap<>();

    @Override
    public String href(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        if (NATIVE.contains(ext)) return file.toUri().toString();
        try {
            Key key = new Key(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
            return converted.computeIfAbsent(key, k -> toPngDataUrl(k.file()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String toPngDataUrl(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) return "";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
