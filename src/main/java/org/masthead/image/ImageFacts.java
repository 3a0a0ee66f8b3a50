package org.masthead.image;

import java.nio.file.Path;

/**
 * What the checks and the cards need to know about an image file.
 *
 * @param format lower-case format name as the reader reports it ("png", "jpeg", "webp", "svg"…)
 */
public record ImageFacts(Path file, String format, int width, int height, long bytes) {

    public double ratio() {
        return height == 0 ? 0 : (double) width / height;
    }

    public boolean isSvg() {
        return format.equals("svg");
    }

    /** MIME type for og:image:type and data URLs. */
    public String mimeType() {
        return switch (format) {
            case "jpeg", "jpg" -> "image/jpeg";
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "svg" -> "image/svg+xml";
            case "bmp" -> "image/bmp";
            default -> "application/octet-stream";
        };
    }
}
