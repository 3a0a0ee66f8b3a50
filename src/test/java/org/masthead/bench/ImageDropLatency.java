package org.masthead.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.masthead.document.ArticleDocument;
import org.masthead.ui.AppConfig;
import org.masthead.ui.AppPrefs;
import org.masthead.ui.MainWindow;
import org.masthead.ui.SyntheticDrop;

/**
 * A 20-megapixel photo dropped on the editor: from the alt text's Insert until the preview shows the picture
 * decoded, and the longest gap between frames meanwhile. The floor, alternated with it in the same run: copying
 * the file and decoding it once with ImageIO, the least work a drop that shows the picture must do.
 */
final class ImageDropLatency {
    private static final int ROUNDS = 7;
    private static final int WIDTH = 5472;
    private static final int HEIGHT = 3648;

    private ImageDropLatency() {}

    static List<String> measure(AppConfig config) throws Exception {
        Path site = Files.createTempDirectory("masthead-image-bench");
        List<String> report = new ArrayList<>();
        try {
            Files.writeString(
                    site.resolve("masthead.yml"),
                    "schema: article\nsite_name: Bench\nbase_url: https://bench.example\n"
                            + "images:\n  folder: images/posts_img\n  name: \"{slug}-{n}\"\n");
            Path md = Files.createDirectories(site.resolve("articles")).resolve("harbour.md");
            Files.writeString(md, SyntheticArticles.article("Harbour", 10 * 1024, 3));
            Path photo = site.getParent().resolve("masthead-bench-photo-" + System.nanoTime() + ".jpg");
            ImageIO.write(photo(), "jpg", photo.toFile());
            MainWindow w = onFx(() -> {
                new AppPrefs(config).clear();
                MainWindow m = new MainWindow(new Stage(), config, url -> {});
                m.stage().show();
                m.show(ArticleDocument.open(md));
                return m;
            });
            while (!onFx(() -> w.preview().shownVersionProperty().get() >= 0)) Thread.sleep(20);
            Thread.sleep(1000);
            long[] shown = new long[ROUNDS];
            long[] floor = new long[ROUNDS];
            long[] gaps = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                floor[i] = floor(photo, site);
                long[] r = dropOnce(w, photo, i + 1);
                shown[i] = r[0];
                gaps[i] = r[1];
            }
            Stats s = Stats.ofNanos(shown);
            Stats f = Stats.ofNanos(floor);
            report.add(String.format(
                    Locale.ROOT,
                    "20 MP photo (%d x %d, %.1f MB JPEG) dropped: Insert -> preview shows it (target <= 1000 ms): %s;"
                            + " floor (copy + one ImageIO decode): %s; ratio of medians %.2f",
                    WIDTH,
                    HEIGHT,
                    Files.size(photo) / 1e6,
                    s,
                    f,
                    s.median() / f.median()));
            report.add("  longest gap between frames meanwhile (target <= 100 ms): " + Stats.ofNanos(gaps)
                    + String.format(
                            Locale.ROOT,
                            ", longest of all %.1f ms",
                            Arrays.stream(gaps).max().orElse(0) / 1e6));
            onFx(() -> {
                w.stage().close();
                return null;
            });
            Files.deleteIfExists(photo);
        } finally {
            BenchReport.delete(site);
        }
        return report;
    }

    /** A photo-like picture: smooth light with grain, so the JPEG is the size a camera's is. */
    private static BufferedImage photo() {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(7);
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int g = r.nextInt(40);
                int red = Math.min(255, x * 200 / WIDTH + g);
                int green = Math.min(255, y * 180 / HEIGHT + g);
                int blue = Math.min(255, 90 + g);
                row[x] = red << 16 | green << 8 | blue;
            }
            img.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return img;
    }

    private static long floor(Path photo, Path site) throws Exception {
        Path copy = site.resolve("floor-copy.jpg");
        long t0 = System.nanoTime();
        Files.copy(photo, copy, StandardCopyOption.REPLACE_EXISTING);
        BufferedImage decoded = ImageIO.read(copy.toFile());
        long took = System.nanoTime() - t0;
        if (decoded.getWidth() != WIDTH) throw new IllegalStateException("decoded " + decoded.getWidth());
        Files.delete(copy);
        return took;
    }

    /** Drops the photo at the body's start, answers the alt text, waits for the picture; {took, longest gap}. */
    private static long[] dropOnce(MainWindow w, Path photo, int n) throws Exception {
        String alt = "Boats " + n;
        onFx(() -> {
            var area = w.editor().area();
            area.moveTo(0);
            area.requestFocus();
            var b = area.localToScene(area.getLayoutBounds());
            return SyntheticDrop.drop(area, new Point2D(b.getMinX() + 40, b.getMinY() + 20), List.of(photo));
        });
        DialogPane ask = null;
        while (ask == null) {
            ask = onFx(() -> Window.getWindows().stream()
                    .filter(x -> x.getScene() != null
                            && x.getScene().getRoot() instanceof DialogPane p
                            && "alt-dialog".equals(p.getId()))
                    .map(x -> (DialogPane) x.getScene().getRoot())
                    .findFirst()
                    .orElse(null));
            Thread.sleep(5);
        }
        DialogPane pane = ask;
        FrameGaps frames = new FrameGaps();
        long t0 = onFx(() -> {
            ((TextField) pane.lookup("#alt-text")).setText(alt);
            frames.start();
            long t = System.nanoTime();
            // Later: the dialog's showAndWait returns inside this press, and the drop goes on from there.
            javafx.application.Platform.runLater(
                    () -> ((Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
            return t;
        });
        String script = "Array.prototype.some.call(document.images, function (i) { return i.alt === '" + alt
                + "' && i.complete && i.naturalWidth > 0; })";
        while (!Boolean.TRUE.equals(onFx(() -> w.preview().engine().executeScript(script)))) Thread.sleep(2);
        long took = System.nanoTime() - t0;
        onFx(() -> {
            frames.stop();
            return null;
        });
        return new long[] {took, frames.longestNanos()};
    }

    private static <T> T onFx(Callable<T> task) throws Exception {
        return WindowBenchmark.onFx(task, 120);
    }
}
