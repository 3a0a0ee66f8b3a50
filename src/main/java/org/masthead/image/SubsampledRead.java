package org.masthead.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a picture for showing at most {@code width} pixels wide: a large one is decoded skipping rows and columns
 * (ImageIO's source subsampling), so a 20-megapixel photo costs a fraction of a full decode. The result is still
 * at least {@code width} wide when the picture is, so that scaling it down afterwards keeps its sharpness.
 */
public final class SubsampledRead {
    private SubsampledRead() {}

    /** The picture, or null when no reader knows its format. */
    public static BufferedImage read(Path file, int width) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, reader.getWidth(0) / width);
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
