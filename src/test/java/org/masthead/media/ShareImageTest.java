package org.masthead.media;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.image.ImageFacts;
import org.masthead.image.ImageProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Make Share Image: a 1.91:1 frame of a picture, 1200×630, under 1 MB, beside the picture. */
class ShareImageTest {
    @TempDir
    Path site;

    /** A noisy photograph-like picture: the hardest case for the 1 MB limit. */
    private static BufferedImage noise(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(3);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) img.setRGB(x, y, r.nextInt(0x1000000));
        return img;
    }

    @Test
    void theFrameIsWrittenAt1200By630UnderOneMegabyteBesideThePicture() throws Exception {
        Path folder = Files.createDirectories(site.resolve("images"));
        Path source = folder.resolve("harbour.png");
        ImageIO.write(noise(2400, 1800), "png", source.toFile());
        BufferedImage picture = ShareImage.read(source).image();
        ShareImage.Frame frame = ShareImage.Frame.largest(2400, 1800);
        assertThat(frame.width()).isEqualTo(2400);
        assertThat(frame.height()).isCloseTo(1260, within(0.01));
        assertThat(frame.y()).isCloseTo(270, within(0.01));

        Path out = ShareImage.write(picture, frame, site, "images", "harbour-share");
        assertThat(out.getFileName().toString()).isEqualTo("harbour-share.jpg");
        ImageFacts facts = ImageProbe.read(out);
        assertThat(facts.width()).isEqualTo(1200);
        assertThat(facts.height()).isEqualTo(630);
        assertThat(facts.bytes()).as("noise needs the quality lowered").isLessThanOrEqualTo(ShareImage.MAX_BYTES);

        Path again = ShareImage.write(picture, frame, site, "images", "harbour-share");
        assertThat(again.getFileName().toString()).as("never over a file").isEqualTo("harbour-share-2.jpg");
    }

    @Test
    void aFrameOutsideThePictureIsBroughtBackInsideWithItsRatio() {
        ShareImage.Frame f = new ShareImage.Frame(900, -50, 5000).within(1000, 800);
        assertThat(f.width()).isEqualTo(1000);
        assertThat(f.x()).isZero();
        assertThat(f.y()).isZero();
        assertThat(f.width() / f.height()).isCloseTo(1200.0 / 630, within(1e-9));
        ShareImage.Frame tall = ShareImage.Frame.largest(400, 1000);
        assertThat(tall.width()).isEqualTo(400);
        assertThat(tall.y()).isCloseTo((1000 - 210) / 2.0, within(0.01));
    }

    @Test
    void transparencyIsKeptInAPngAndWhatIsNotAPictureIsRefused() throws Exception {
        BufferedImage clear = new BufferedImage(600, 400, BufferedImage.TYPE_INT_ARGB);
        Path out = ShareImage.write(clear, ShareImage.Frame.largest(600, 400), site, "img", "logo-share");
        assertThat(out.getFileName().toString()).isEqualTo("logo-share.png");
        assertThat(ImageProbe.read(out).width()).isEqualTo(1200);
        Path text = Files.writeString(site.resolve("not.jpg"), "words");
        assertThatThrownBy(() -> ShareImage.read(text)).isInstanceOf(ImageImportException.class);
    }
}
