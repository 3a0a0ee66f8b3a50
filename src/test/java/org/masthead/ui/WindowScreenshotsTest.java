package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.article.ArticleFinder;
import org.masthead.fx.FxImages;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn -Pscreenshots verify}: a PNG of the window with each sample under
 * {@code target/screenshots/}, to look at what writers see.
 */
@Tag("screenshots")
class WindowScreenshotsTest extends WindowTestBase {
    private static final Path OUT = Path.of("target/screenshots");

    @Test
    void eachSample() throws Exception {
        Files.createDirectories(OUT);
        List<Path> articles = ArticleFinder.walk(samples);
        assertThat(articles).isNotEmpty();
        for (Path md : articles) {
            open(md);
            waitForImages(() -> window.preview().engine());
            Path png = OUT.resolve(md.getFileName().toString().replace(".md", ".png"));
            save(fx(() -> window.stage().getScene().snapshot(null)), png);
            assertThat(Files.size(png)).isGreaterThan(10_000);
            fx(() -> window.outputs().showCards());
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> fx(() -> window.cards().shownVersionProperty().get() == window.documentVersion()));
            waitForImages(() -> window.cards().engine());
            Path cards = OUT.resolve(md.getFileName().toString().replace(".md", "-cards.png"));
            save(fx(() -> window.stage().getScene().snapshot(null)), cards);
            fx(() -> window.outputs().showChecks());
            WaitForAsyncUtils.waitForFxEvents();
            save(
                    fx(() -> window.stage().getScene().snapshot(null)),
                    OUT.resolve(md.getFileName().toString().replace(".md", "-checks.png")));
            fx(() -> window.outputs().showArticle());
        }
    }

    /** The Cards tab (the X summary card with its crop, then the wide cards) and the find bar, large and small. */
    @Test
    void cardsAndFindBarAtTwoSizes() throws Exception {
        Files.createDirectories(OUT);
        open(tides());
        for (int[] size : new int[][] {{1600, 1000}, {900, 600}}) {
            fx(() -> {
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            String name = size[0] + "x" + size[1];
            clickOn("#markdown-area");
            push(KeyCode.CONTROL, KeyCode.H);
            write("twelfth");
            push(KeyCode.F3);
            shot("find-" + name);
            push(KeyCode.ESCAPE);
            fx(() -> window.outputs().showCards());
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> fx(() -> window.cards().shownVersionProperty().get() == window.documentVersion()));
            waitForImages(() -> window.cards().engine());
            shot("cards-" + name);
            fx(() -> cardsJs("document.getElementById('card-linkedin').scrollIntoView()"));
            shot("cards-wide-" + name);
            fx(() -> cardsJs("window.scrollTo(0, 0)"));
            fx(() -> window.outputs().showArticle());
        }
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path png = OUT.resolve(name + ".png");
        save(fx(() -> window.stage().getScene().snapshot(null)), png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private static void save(WritableImage image, Path file) throws Exception {
        ImageIO.write(FxImages.toBufferedImage(image), "png", file.toFile());
    }
}
