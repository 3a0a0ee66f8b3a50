package org.masthead.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.masthead.article.ArticleFinder;
import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;
import org.masthead.profile.ImageRules;
import org.masthead.profile.SiteProfile;

/**
 * Brings an image into a site for an article: a file dropped or pasted is copied into the site's
 * image folder under the profile's name pattern (a file already inside the site is used where it
 * is), a bitmap from the clipboard is written as PNG or JPEG. Never overwrites: a name that exists
 * gets the next number. Refuses, naming why and writing nothing: a file that is not an image, over
 * 50 MB, unreadable, or an image folder that is read-only or leads out of the site.
 */
public final class ImageImport {
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The extensions taken for images by name: what a drop or paste offers, and what takes a name. */
    public static final List<String> EXTENSIONS =
            List.of("png", "jpg", "jpeg", "webp", "gif", "svg", "avif", "tif", "tiff", "bmp");

    private final Path siteRoot;
    private final ImageRules rules;
    private final LocalDate today;

    public ImageImport(SiteProfile profile, LocalDate today) {
        this.siteRoot = profile.siteRoot().toAbsolutePath().normalize();
        this.rules = profile.images();
        this.today = today;
    }

    /** Where an image went: its file and the site path the article links it by ("/images/x-1.png"). */
    public record Imported(Path file, String sitePath, ImageFacts facts, boolean copied) {}

    /** Copies an image file into the image folder, named for the article {@code slug}. */
    public Imported copy(Path source, String slug) throws ImageImportException {
        String shown = String.valueOf(source.getFileName());
        if (!Files.isRegularFile(source)) throw new ImageImportException(shown + " is not a file.");
        if (!Files.isReadable(source)) throw new ImageImportException(shown + " cannot be read (no permission).");
        ImageFacts facts;
        try {
            if (Files.size(source) > MAX_BYTES)
                throw new ImageImportException(shown + " is larger than 50 MB; make a smaller copy for the web first.");
            facts = ImageProbe.read(source);
        } catch (IOException e) {
            throw new ImageImportException(shown + " is not an image Masthead can read (" + e.getMessage() + ").");
        }
        try {
            Path real = source.toRealPath();
            if (real.startsWith(siteRoot.toRealPath())) {
                return new Imported(real, sitePath(siteRoot.toRealPath(), real), facts, false);
            }
            String stem = stem(shown);
            Path file = ImageFolder.in(siteRoot, rules.folder())
                    .createNew(n -> name(slug, stem, n), extension(facts.format()), Files.readAllBytes(source));
            return new Imported(file, sitePath(siteRoot.toRealPath(), file.toRealPath()), facts, true);
        } catch (IOException e) {
            throw new ImageImportException("The image could not be copied into the site: " + e.getMessage());
        }
    }

    /** Writes a pasted bitmap (ARGB pixels, row by row) as PNG or JPEG, whichever suits its content. */
    public Imported write(int width, int height, int[] argb, String slug) throws ImageImportException {
        if (width <= 0 || height <= 0 || argb.length < (long) width * height)
            throw new ImageImportException("The clipboard's picture is empty.");
        Encoded encoded;
        try {
            encoded = BitmapEncoder.encode(width, height, argb);
        } catch (IOException e) {
            throw new ImageImportException("The clipboard's picture could not be encoded: " + e.getMessage());
        }
        try {
            Path file = ImageFolder.in(siteRoot, rules.folder())
                    .createNew(n -> name(slug, "pasted", n), encoded.extension(), encoded.bytes());
            ImageFacts facts = ImageProbe.read(file);
            return new Imported(file, sitePath(siteRoot.toRealPath(), file.toRealPath()), facts, true);
        } catch (IOException e) {
            throw new ImageImportException("The picture could not be saved into the site: " + e.getMessage());
        }
    }

    /** A bitmap as a file's bytes and the extension that says what they are. */
    record Encoded(byte[] bytes, String extension) {}

    private String name(String slug, String stem, int n) {
        String s = slug == null || slug.isBlank() ? "image" : slug;
        String base = rules.name()
                .replace("{slug}", s)
                .replace("{name}", stem)
                .replace("{yyyy}", String.format(Locale.ROOT, "%04d", today.getYear()))
                .replace("{mm}", String.format(Locale.ROOT, "%02d", today.getMonthValue()))
                .replace("{dd}", String.format(Locale.ROOT, "%02d", today.getDayOfMonth()));
        // Without {n} in the pattern, the first try has no number and later ones a suffix.
        if (base.contains("{n}")) return base.replace("{n}", String.valueOf(n));
        return n == 1 ? base : base + "-" + n;
    }

    private static String stem(String fileName) {
        String s = ArticleFinder.baseName(Path.of(fileName));
        String clean = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return clean.isEmpty() ? "image" : clean;
    }

    private static String extension(String format) {
        return switch (format) {
            case "jpeg" -> "jpg";
            case "tiff" -> "tif";
            default -> format;
        };
    }

    /** Whether a file's name says it is an image (its content is checked when it is brought in). */
    public static boolean isImageName(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** How the site's pages link a file under {@code root}: "/images/x-1.png". */
    public static String sitePath(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path part : root.relativize(file)) sb.append('/').append(part);
        return sb.toString();
    }
}
