package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.web.WebView;

import org.junit.jupiter.api.Test;
import org.masthead.ui.checks.SelectionColoursTest;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dark theme and focus mode in the real window: body text keeps a contrast of 4.5:1 or more on
 * its background in both themes (editor, form, preview page), focus mode dims all but the caret's
 * paragraph, and a PNG of each is kept under target/screenshots to look at.
 */
class ThemeWindowTest extends WindowTestBase {
    @Test
    void bothThemesKeepBodyTextReadableAndFocusModeDimsTheRest() throws Exception {
        open(tides());
        assertReadable("light");
        fx(() -> menuItem("theme-dark").fire());
        assertThat(fx(() -> window.stage().getScene().getStylesheets())).anyMatch(s -> s.endsWith("masthead-dark.css"));
        waitForJs("document.getElementById('mh-dark') != null", true);
        assertReadable("dark");

        clickOn("#markdown-area");
        push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        double[] opacities = fx(() -> {
            var current = window.editor().area().lookup(".paragraph-text.current-block");
            var dimmed = window.editor().area().lookupAll(".paragraph-text").stream()
                    .filter(n -> !n.getStyleClass().contains("current-block"))
                    .findFirst()
                    .orElseThrow();
            return new double[] {effectiveOpacity(current), effectiveOpacity(dimmed)};
        });
        assertThat(opacities[0]).isEqualTo(1.0);
        assertThat(opacities[1]).isLessThan(0.5);
        shoot("dark-focus-mode.png");
        fx(() -> menuItem("theme-light").fire());
        waitForJs("document.getElementById('mh-dark') == null", true);
    }

    @Test
    void theWindowsItOwnsFollowItsThemeTheGuideToo() throws Exception {
        open(tides());
        fx(() -> menuItem("theme-dark").fire());
        chooseMenu("Help", "Guide");
        DialogPane pane = dialog("#guide-dialog");
        assertThat(fx(() -> pane.getScene().getStylesheets())).anyMatch(s -> s.endsWith("masthead-dark.css"));
        // After the pane's own stylesheet, which wins over the scene's.
        assertThat(fx(() -> pane.getStylesheets().get(pane.getStylesheets().size() - 1)))
                .endsWith("masthead-dark.css");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(fx(() -> guideJs(
                        pane, "document.documentElement.classList.contains('dark') && document.body != null"))));
        Color ink = css((String) fx(() -> guideJs(pane, "getComputedStyle(document.body).color")));
        Color paper = css((String) fx(() -> guideJs(pane, "getComputedStyle(document.body).backgroundColor")));
        assertThat(paper.getBrightness()).as("the guide's page is dark").isLessThan(0.3);
        assertThat(contrast(ink, paper)).as("the guide's text").isGreaterThanOrEqualTo(4.5);

        // Switched while the guide is open: it follows.
        fx(() -> menuItem("theme-light").fire());
        assertThat(fx(() -> pane.getScene().getStylesheets())).noneMatch(s -> s.endsWith("masthead-dark.css"));
        assertThat(fx(() -> guideJs(pane, "document.documentElement.classList.contains('dark')")))
                .isEqualTo(false);
        press(pane, ButtonType.CLOSE);
    }

    private static Object guideJs(DialogPane pane, String script) {
        WebView web = (WebView) pane.lookup(".web-view");
        try {
            return web == null || web.getEngine().getDocument() == null
                    ? null
                    : web.getEngine().executeScript(script);
        } catch (RuntimeException e) {
            return null; // the page is being loaded
        }
    }

    private void assertReadable(String theme) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            var area = window.editor().area();
            Text text = (Text) area.lookup(".text");
            Color ink = (Color) text.getFill();
            Color paper = background((Region) area);
            assertThat(contrast(ink, paper)).as(theme + " editor text").isGreaterThanOrEqualTo(4.5);
            var label = (javafx.scene.control.Label) window.stage().getScene().lookup(".field-label");
            Color formPaper = background((Region) window.stage().getScene().lookup(".front-matter-form"));
            assertThat(contrast((Color) label.getTextFill(), formPaper))
                    .as(theme + " form labels")
                    .isGreaterThanOrEqualTo(4.5);
        });
        String ink = (String) fx(() -> js("getComputedStyle(document.body).color"));
        String paper = (String) fx(() -> js("getComputedStyle(document.documentElement).backgroundColor"));
        assertThat(contrast(css(ink), css(paper))).as(theme + " preview body").isGreaterThanOrEqualTo(4.5);
        shoot(theme + "-theme.png");
    }

    private void shoot(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target/screenshots")).resolve(name);
        var image = fx(() -> window.stage().getScene().snapshot(null));
        javax.imageio.ImageIO.write(org.masthead.fx.FxImages.toBufferedImage(image), "png", out.toFile());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.size(out) > 10_000);
    }

    private static double effectiveOpacity(javafx.scene.Node n) {
        double o = 1;
        for (var p = n; p != null; p = p.getParent()) o *= p.getOpacity();
        return o;
    }

    /** The first opaque background colour at or above a region. */
    private static Color background(Region r) {
        for (javafx.scene.Parent p = r; p != null; p = p.getParent()) {
            if (p instanceof Region reg && reg.getBackground() != null) {
                for (var f : reg.getBackground().getFills()) {
                    Paint paint = f.getFill();
                    if (paint instanceof Color c && c.getOpacity() > 0.99) return c;
                }
            }
        }
        return Color.WHITE;
    }

    private static Color css(String rgb) {
        String[] p = rgb.replaceAll("[^0-9,.]", "").split(",");
        return Color.rgb(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static double contrast(Color a, Color b) {
        return SelectionColoursTest.contrast(a, b);
    }

    private MenuItem menuItem(String id) {
        var bar = (javafx.scene.control.MenuBar) window.stage().getScene().lookup(".menu-bar");
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) return found;
        }
        throw new AssertionError("no menu item " + id);
    }

    private static MenuItem find(Menu menu, String id) {
        for (MenuItem i : menu.getItems()) {
            if (id.equals(i.getId())) return i;
            if (i instanceof Menu sub) {
                MenuItem f = find(sub, id);
                if (f != null) return f;
            }
        }
        return null;
    }
}
