package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.junit.jupiter.api.Test;
import org.masthead.ui.help.BundledLibraries;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Help ▸ Keyboard Shortcuts, Guide and About, opened from the menu as a writer does. */
class HelpMenuTest extends WindowTestBase {

    @Test
    void shortcutsListEveryMenuAcceleratorAndTheEditorsKeys() throws Exception {
        open(bread());
        List<String> expected = new ArrayList<>();
        fx(() -> {
            for (Menu m : ((MenuBar) lookup(".menu-bar").query()).getMenus()) accelerators(m, expected);
            window.editor().keys().all().stream()
                    .map(k -> k.keysText())
                    .filter(k -> !expected.contains(k))
                    .forEach(expected::add);
            MainMenu.WINDOW_KEYS.forEach(k -> expected.add(k.keys()));
        });
        assertThat(expected).contains("Ctrl+S", "Ctrl+Shift+V", "F3", "Escape", "F6", "Ctrl+Shift+Z", "Alt+C");
        assertThat(expected).doesNotHaveDuplicates();
        chooseMenu("Help", "Keyboard Shortcuts");
        DialogPane pane = dialog("#shortcuts-dialog");
        List<String> shown = fx(() -> pane.lookupAll(".shortcut-keys").stream()
                .map(n -> ((Label) n).getText())
                .toList());
        assertThat(shown).containsExactlyElementsOf(expected);
        List<String> all = fx(() -> pane.lookupAll(".label").stream()
                .map(n -> ((Label) n).getText())
                .toList());
        assertThat(all)
                .contains("File", "Edit", "View", "Editor", "Save As", "Paste as Plain Text", "Find the next match");
        press(pane, ButtonType.CLOSE);
    }

    @Test
    void aboutNamesTheVersionTheRuntimeAndEachLibrarysLicence() throws Exception {
        open(bread());
        chooseMenu("Help", "About Masthead");
        DialogPane pane = dialog("#about-dialog");
        String pom = Files.readString(Path.of("pom.xml"));
        String version =
                pom.replaceFirst("(?s).*?<artifactId>masthead</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        assertThat(fx(() -> ((Label) pane.lookup("#about-version")).getText())).isEqualTo("Masthead " + version);
        assertThat(fx(() -> ((Label) pane.lookup("#about-runtime")).getText()))
                .contains("Java " + System.getProperty("java.version"))
                .contains("JavaFX 21");
        @SuppressWarnings("unchecked")
        TableView<BundledLibraries.Entry> table = (TableView<BundledLibraries.Entry>) pane.lookup("#about-libraries");
        List<BundledLibraries.Entry> rows = fx(() -> List.copyOf(table.getItems()));
        assertThat(rows)
                .extracting(BundledLibraries.Entry::group)
                .contains("org.jsoup", "org.openjfx", "com.vladsch.flexmark");
        assertThat(rows).allSatisfy(e -> assertThat(e.license()).isNotEqualTo("see the library"));
        assertThat(rows)
                .filteredOn(e -> e.group().equals("org.jsoup"))
                .singleElement()
                .satisfies(e -> assertThat(e.license()).isEqualTo("MIT"));
        press(pane, ButtonType.CLOSE);
    }

    @Test
    void theGuideIsTheReadmeRenderedOfflineAndItsLinksGoToTheBrowser() throws Exception {
        open(bread());
        chooseMenu("Help", "Guide");
        DialogPane pane = dialog("#guide-dialog");
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> fx(() -> {
                    WebEngine e = engine(pane);
                    return e != null && Boolean.TRUE.equals(e.executeScript("window.__mhBridge !== undefined"));
                }));
        WebEngine engine = fx(() -> engine(pane));
        assertThat(fx(() -> engine.executeScript("document.querySelector('h1').textContent")))
                .isEqualTo("Masthead");
        assertThat(fx(() -> engine.executeScript("document.getElementById('the-window') !== null")))
                .isEqualTo(true);
        // Safe render: the README's own markup is text, and the page holds no script element.
        assertThat(fx(() -> engine.executeScript("document.querySelectorAll('script, iframe').length")))
                .isEqualTo(0);
        String location = fx(() -> engine.getLocation());
        // A web link goes to the desktop's browser; a link to a file beside the README does nothing.
        fx(() -> engine.executeScript("var a = document.createElement('a'); a.href = 'https://example.org/tides';"
                + "a.textContent = 'tides'; document.querySelector('main').appendChild(a); a.click();"));
        fx(() -> engine.executeScript("var b = document.createElement('a'); b.href = 'ARCHITECTURE.md';"
                + "b.textContent = 'map'; document.querySelector('main').appendChild(b); b.click();"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.contains("https://example.org/tides"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://example.org/tides");
        assertThat(fx(() -> engine.getLocation())).isEqualTo(location);
        press(pane, ButtonType.CLOSE);
    }

    private static WebEngine engine(DialogPane pane) {
        WebView web = (WebView) pane.lookup(".web-view");
        return web == null ? null : web.getEngine();
    }

    private static void accelerators(Menu menu, List<String> out) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) accelerators(sub, out);
            else if (i.getAccelerator() != null) out.add(i.getAccelerator().getDisplayText());
        }
    }
}
