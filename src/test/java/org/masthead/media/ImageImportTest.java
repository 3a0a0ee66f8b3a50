package org.masthead.media;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.profile.ProfileLoader;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Images dropped or pasted into an article: copied into the site, never over a file, refused with a reason. */
class ImageImportTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @TempDir
    Path dir;

    Path site;
    Path outside;
    SiteProfile profile;

    @BeforeEach
    void site() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(
                site.resolve("masthead.yml"),
                "schema: article\nimages:\n  folder: images/posts_img\n  name: \"{slug}-{n}\"\n");
        Files.createDirectories(site.resolve("articles"));
        Path md = Files.writeString(site.resolve("articles/a.md"), "---\ntitle: A\n---\nBody\n");
        profile = ProfileLoader.forArticle(md);
    }

    private Path png(Path where, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", where.toFile());
        return where;
    }

    private List<Path> filesIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aFileIsCopiedUnderTheSitesNameNeverOverAnother() throws Exception {
        Path photo = png(outside.resolve("My Photo.PNG"), 30, 20);
        ImageImport imports = new ImageImport(profile, DAY);
        var first = imports.copy(photo, "low-tide");
        assertThat(first.sitePath()).isEqualTo("/images/posts_img/low-tide-1.png");
        assertThat(first.copied()).isTrue();
        assertThat(Files.readAllBytes(first.file())).isEqualTo(Files.readAllBytes(photo));
        assertThat(first.facts().width()).isEqualTo(30);

        Path taken = site.resolve("images/posts_img/low-tide-2.png");
        Files.writeString(taken, "someone else's");
        var third = imports.copy(photo, "low-tide");
        assertThat(third.sitePath()).isEqualTo("/images/posts_img/low-tide-3.png");
        assertThat(Files.readString(taken)).as("never replaced").isEqualTo("someone else's");
        assertThat(filesIn(site.resolve("images/posts_img")))
                .as("no temporary file left")
                .extracting(p -> p.getFileName().toString())
                .containsExactly("low-tide-1.png", "low-tide-2.png", "low-tide-3.png");
    }

    @Test
    void anImageAlreadyInTheSiteIsUsedWhereItIs() throws Exception {
        Path inSite = png(Files.createDirectories(site.resolve("pics")).resolve("x.png"), 4, 4);
        var used = new ImageImport(profile, DAY).copy(inSite, "a");
        assertThat(used.copied()).isFalse();
        assertThat(used.sitePath()).isEqualTo("/pics/x.png");
        assertThat(site.resolve("images")).doesNotExist();
    }

    @Test
    void whatIsNotAnImageTooLargeOrMissingIsRefusedAndNothingIsWritten() throws Exception {
        ImageImport imports = new ImageImport(profile, DAY);
        Path text = Files.writeString(outside.resolve("notes.png"), "just words");
        assertThatThrownBy(() -> imports.copy(text, "a"))
                .isInstanceOf(ImageImportException.class)
                .hasMessageContaining("notes.png is not an image");
        Path huge = outside.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(ImageImport.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> imports.copy(huge, "a")).hasMessageContaining("larger than 50 MB");
        assertThatThrownBy(() -> imports.copy(outside.resolve("gone.png"), "a"))
                .hasMessageContaining("gone.png is not a file");
        assertThat(site.resolve("images")).doesNotExist();
    }

    @Test
    void anImagesFolderLeadingOutOfTheSiteIsRefused() throws Exception {
        Files.createSymbolicLink(site.resolve("images"), outside);
        Path photo = png(dir.resolve("p.png"), 2, 2);
        assertThatThrownBy(() -> new ImageImport(profile, DAY).copy(photo, "a"))
                .hasMessageContaining("leads out of the site");
        assertThat(filesIn(outside)).isEmpty();
    }

    @Test
    void aPastedScreenshotIsPngAndAPhotographJpeg() throws Exception {
        ImageImport imports = new ImageImport(profile, DAY);
        int[] flat = new int[64 * 48];
        java.util.Arrays.fill(flat, 0xFF336699);
        var shot = imports.write(64, 48, flat, "notes");
        assertThat(shot.sitePath()).isEqualTo("/images/posts_img/notes-1.png");
        assertThat(shot.facts().format()).isEqualTo("png");

        int[] noise = new int[200 * 150];
        Random r = new Random(7);
        for (int i = 0; i < noise.length; i++) noise[i] = 0xFF000000 | r.nextInt(0x1000000);
        var photo = imports.write(200, 150, noise, "notes");
        assertThat(photo.sitePath()).as("numbered across formats").isEqualTo("/images/posts_img/notes-2.jpg");
        assertThat(photo.facts().format()).isEqualTo("jpeg");
        assertThat(photo.facts().width()).isEqualTo(200);

        int[] clear = noise.clone();
        clear[0] = 0x00FFFFFF;
        assertThat(imports.write(200, 150, clear, "notes").facts().format())
                .as("transparency keeps PNG")
                .isEqualTo("png");
        assertThatThrownBy(() -> imports.write(0, 0, new int[0], "notes")).hasMessageContaining("empty");
    }

    @Test
    void theNamePatternTakesTheDateAndTheImagesOwnName() throws Exception {
        Files.writeString(
                site.resolve("masthead.yml"),
                "schema: article\nimages:\n  folder: media\n  name: \"{yyyy}-{mm}-{name}\"\n");
        SiteProfile p = ProfileLoader.forArticle(site.resolve("articles/a.md"));
        Path photo = png(outside.resolve("Harbour Wall!.png"), 2, 2);
        var imports = new ImageImport(p, DAY);
        assertThat(imports.copy(photo, "a").sitePath()).isEqualTo("/media/2026-11-harbour-wall.png");
        assertThat(imports.copy(photo, "a").sitePath())
                .as("no {n}: a suffix when taken")
                .isEqualTo("/media/2026-11-harbour-wall-2.png");
    }
}
