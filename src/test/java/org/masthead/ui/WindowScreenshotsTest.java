package org.masthead.ui;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.masthead.article.ArticleFinder;
import org.masthead.fx.FxImages;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code mvn -Pscreenshots verify}: a PNG of the window with each hand-picked sample under
 * {@code target/screenshots/}, to look at what writers see ({@code -Dscreenshots.all=true}: every sample).
 */
@Tag("screenshots")
class WindowScreenshotsTest extends WindowTestBase {
    private static final Path OUT = Path.of("target/screenshots");
    /** The samples first shot here; the site's other articles fill the site panel and would make this run long. */
    private static final List<String> PICKED = List.of(
            "site/articles/reading-the-tide-tables.md",
            "site/articles/winter-bread-notes.md",
            "site/articles/the-card-catalogue-rebuilt.md",
            "site/articles/draft-with-problems.md",
            "hugo-site/content/posts/night-market-photography.md");

    @Test
    void eachSample() throws Exception {
        Files.createDirectories(OUT);
        List<Path> articles = Boolean.getBoolean("screenshots.all")
                ? ArticleFinder.walk(samples)
                : PICKED.stream().map(samples::resolve).toList();
        assertThat(articles).allMatch(Files::isRegularFile);
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

    /** The default view, the find bar, a header that does not parse and the Help menu, large and small. */
    @Test
    void windowStatesAtTwoSizes() throws Exception {
        Files.createDirectories(OUT);
        Path broken = samples.resolve("site/articles/broken-walk.md");
        Files.writeString(
                broken, "---\ntitle: \"A walk at low water\ndes: Where the sand bars show.\n---\n\nThe tide.\n");
        for (int[] size : new int[][] {{1600, 1000}, {900, 600}}) {
            fx(() -> {
                window.stage().setX(0);
                window.stage().setY(0);
                window.stage().setWidth(size[0]);
                window.stage().setHeight(size[1]);
            });
            String name = size[0] + "x" + size[1];
            open(bread());
            waitForImages(() -> window.preview().engine());
            shot("default-" + name);
            clickOn("#markdown-area");
            push(KeyCode.CONTROL, KeyCode.F);
            write("dough");
            shot("find-bar-" + name);
            push(KeyCode.ESCAPE);
            open(broken);
            clickOn("#yaml-error");
            shot("yaml-error-" + name);
            clickOn("Help");
            WaitForAsyncUtils.waitForFxEvents();
            // The open menu is a window of its own (and headless screens cannot be captured):
            // its snapshot is drawn over the window's where it shows.
            Path png = OUT.resolve("help-menu-" + name + ".png");
            ImageIO.write(withPopups(), "png", png.toFile());
            assertThat(Files.size(png)).isGreaterThan(10_000);
            push(KeyCode.ESCAPE);
        }
    }

    /**
     * Lines mixing right-to-left words with English: the editor lays every line out left to right,
     * the preview follows the page; the README states the limit, this shows it.
     */
    @Test
    void mixedRightToLeftText() throws Exception {
        Files.createDirectories(OUT);
        Path md = samples.resolve("site/articles/words-for-sea.md");
        Files.writeString(
                md,
                "---\ntitle: \"Words for the sea\"\n---\n\n"
                        + "The Hebrew word ים (yam) and the Arabic بحر (bahr) both mean sea.\n\n"
                        + "ים הוא sea בעברית.\n\n"
                        + "البحر هو sea بالعربية.\n");
        fx(() -> {
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
        });
        open(md);
        shot("rtl-1600x1000");
    }

    /** The site panel beside the form, and the Problems window, at 1600×1000. */
    @Test
    void sitePanelAndProblems() throws Exception {
        Files.createDirectories(OUT);
        fx(() -> {
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
        });
        open(bread());
        // Three tabs, one with unsaved changes, the first shown.
        fx(() -> window.open(tides()));
        fx(() -> window.open(samples.resolve("site/articles/lantern-walk.md")));
        fx(() -> window.document().setBody(window.document().article().body() + "\nA line not saved yet.\n"));
        fx(() -> window.tabs().select(window.tabs().all().get(0)));
        waitForPreview();
        fx(() -> window.parts().site.open(samples.resolve("site")));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> fx(() -> !window.parts().siteModel.indexingProperty().get()
                        && !window.parts().siteModel.entries().isEmpty()
                        && window.parts().sitePanel.table().getScene() != null));
        shot("site-panel-1600x1000");
        Stage problems = fx(() -> {
            window.parts().site.checkSite();
            return (Stage) Window.getWindows().stream()
                    .filter(w -> w instanceof Stage st && "Problems".equals(st.getTitle()))
                    .findFirst()
                    .orElseThrow();
        });
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> fx(() ->
                        lookup("#problems-status").queryLabeled().getText().contains("findings in")));
        Path png = OUT.resolve("problems-1600x1000.png");
        save(fx(() -> problems.getScene().snapshot(null)), png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    /** Site ▸ New Article with a title typed: the slug, URL and file following it, at 1600×1000. */
    @Test
    void newArticleTab() throws Exception {
        Files.createDirectories(OUT);
        fx(() -> {
            window.stage().setWidth(1600);
            window.stage().setHeight(1000);
        });
        open(tides());
        fx(() -> window.openSite(samples.resolve("site")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !window.isIndexing()));
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() ->
                        window.stage().getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                                && "field-title".equals(t.getId())));
        write("Crème brûlée at the harbour café");
        waitForPreview();
        // The checks run after the preview: the shot shows them caught up with the title.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> !lookup("#findings-title").query().isVisible()));
        shot("new-article-1600x1000");
    }

    /** Make Share Image over the sample's photograph, with the platforms' warnings. */
    @Test
    void shareImageFrame() throws Exception {
        Files.createDirectories(OUT);
        open(samples.resolve("site/articles/harbour-wall-repairs.md"));
        fx(() -> window.form().focusField("page_image_src_rel"));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#make-share-image-page_image_src_rel");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#share-image-dialog")
                .tryQuery()
                .isPresent());
        drag("#crop-handle").dropBy(-160, -60);
        var pane = lookup("#share-image-dialog").query();
        Path png = OUT.resolve("share-image-frame.png");
        save(fx(() -> pane.getScene().snapshot(null)), png);
        assertThat(Files.size(png)).isGreaterThan(10_000);
        clickOn("Cancel");
    }

    /** A list field as chips, a spelling tip under it and the site's values offered as the writer types. */
    @Test
    void chipsWithSuggestions() throws Exception {
        Files.createDirectories(OUT);
        Path posts = samples.resolve("hugo-site/content/posts");
        String[] tags = {"JavaScript, photography, photo walks", "JavaScript, phones", "JavaScript, phone cases"};
        for (int i = 0; i < tags.length; i++) {
            Files.writeString(posts.resolve("more-" + i + ".md"), "---\ntitle: M\ntags: [" + tags[i] + "]\n---\n");
        }
        open(posts.resolve("night-market-photography.md"));
        fx(() -> window.parts().site.open(samples.resolve("hugo-site")));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> fx(() -> window.parts().siteModel.valuesProperty().get().count("tags", "JavaScript") == 3));
        clickOn("#field-tags");
        write("Javascript");
        push(KeyCode.ENTER);
        push(KeyCode.ESCAPE);
        shot("chips-tip");
        write("ph");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#field-tags-suggestions")
                .tryQuery()
                .isPresent());
        Path png = OUT.resolve("chips-suggestions.png");
        ImageIO.write(withPopups(), "png", png.toFile());
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    private BufferedImage withPopups() throws Exception {
        return fx(() -> {
            var scene = window.stage().getScene();
            BufferedImage out = FxImages.toBufferedImage(scene.snapshot(null));
            Graphics2D g = out.createGraphics();
            for (Window w : Window.getWindows()) {
                if (!(w instanceof PopupWindow p) || !p.isShowing() || p.getScene() == null) continue;
                double x = p.getX() - window.stage().getX() - scene.getX();
                double y = p.getY() - window.stage().getY() - scene.getY();
                g.drawImage(FxImages.toBufferedImage(p.getScene().snapshot(null)), (int) x, (int) y, null);
            }
            g.dispose();
            return out;
        });
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
