package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.masthead.ChangedLines;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowTest extends WindowTestBase {

    @Test
    void typingInTheFormUpdatesThePreviewAndSavingChangesOnlyThoseLines() throws Exception {
        List<String> before = Files.readAllLines(tides());
        open(tides());
        assertThat(window.stage().getTitle()).isEqualTo("reading-the-tide-tables.md — Masthead");

        replaceFieldText("#field-header_title", "Tides, read at last");
        waitForJs("document.getElementById('mh-headline').textContent", "Tides, read at last");
        replaceFieldText("#field-title", "A tide-table primer");
        waitForJs("document.title", "A tide-table primer · Harbour Notes"); // the site's template adds its name
        assertThat(window.stage().getTitle()).startsWith("● ");
        assertThat(lookup("#counter-title").queryAs(Label.class).getText()).isEqualTo("19 / 60");
        // Local images show: the WebP figure came through ImageIO and has been decoded.
        waitForJs("document.querySelector('#mh-figure img').naturalWidth", 1200);

        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        List<String> after = Files.readAllLines(tides());
        // The headline was typed into, so it stopped following the title; the X title still follows it.
        assertThat(ChangedLines.of(before, after)).containsExactly(2, 8, 9);
        assertThat(after.get(1)).isEqualTo("  title: \"A tide-table primer\"");
        assertThat(after.get(7)).isEqualTo("  twitter_tittle: \"A tide-table primer\"");
        assertThat(after.get(8)).isEqualTo("  header_title: \"Tides, read at last\"");
        assertThat(window.stage().getTitle()).isEqualTo("reading-the-tide-tables.md — Masthead");
    }

    @Test
    void aFieldsHelpAndItsLinkShowAsTooltipsWhenThePointerRestsOnThem() throws Exception {
        open(tides());
        moveTo("#row-title .field-label");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip().contains("title"));
        moveTo("#link-twitter_tittle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownTooltip().startsWith("Linked: follows title"));
    }

    private String shownTooltip() throws Exception {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText())
                .findFirst()
                .orElse(""));
    }

    @Test
    void typingInTheEditorShowsInThePreview() throws Exception {
        open(tides());
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        // A reload would make a new window object and new nodes: both markers would be gone.
        fx(() -> js("window.__notReloaded = true; window.__figure = document.getElementById('mh-figure');"));
        write("\n\nA closing line typed in the editor.\n");
        waitForJs(
                "document.getElementById('mh-body').textContent.indexOf('A closing line typed in the editor.') >= 0",
                true);
        assertThat(fx(() -> js("window.__notReloaded === true")))
                .as("page not reloaded")
                .isEqualTo(true);
        assertThat(fx(() -> js("window.__figure === document.getElementById('mh-figure')")))
                .as("figure kept")
                .isEqualTo(true);
        assertThat(window.document().article().body()).endsWith("A closing line typed in the editor.\n");
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(tides())).endsWith("A closing line typed in the editor.\n");
    }

    @Test
    void thePreviewIsPatchedInPlaceAndKeepsItsScrollPosition() throws Exception {
        open(tides());
        fx(() -> window.setSyncScroll(false));
        fx(() -> js("window.__marker = document.getElementById('mh-figure'); window.scrollTo(0, 400);"));
        Object scrolled = fx(() -> js("window.pageYOffset"));
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        write("More.");
        waitForJs("document.getElementById('mh-body').textContent.indexOf('More.') >= 0", true);
        assertThat(fx(() -> js("window.__marker === document.getElementById('mh-figure')")))
                .isEqualTo(true);
        assertThat(fx(() -> js("window.pageYOffset"))).isEqualTo(scrolled);
    }

    @Test
    void movingTheCaretBringsItsBlockIntoView() throws Exception {
        open(tides());
        assertThat(fx(() -> js("window.pageYOffset"))).isEqualTo(0);
        assertThat(lookup("#status-caret").queryAs(Label.class).getText()).isEqualTo("Ln 20, Col 1");
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> ((Number) fx(() -> js("window.pageYOffset"))).intValue() > 500);
        push(KeyCode.CONTROL, KeyCode.HOME);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> ((Number) fx(() -> js("window.pageYOffset"))).intValue() < 500);
    }

    @Test
    void jpegImagesFromTheSiteRootShowInThePreview() throws Exception {
        open(samples.resolve("hugo-site/content/posts/night-market-photography.md"));
        waitForJs("document.querySelector('#mh-figure img').naturalWidth", 1200);
        assertThat((String) fx(() -> js("document.querySelector('#mh-figure img').src")))
                .startsWith("data:image/jpeg;base64,");
    }

    @Test
    void rawYamlToggleIsLossless() throws Exception {
        String original = Files.readString(tides());
        open(tides());
        clickOn("#raw-toggle");
        CodeArea raw = lookup("#raw-yaml").queryAs(CodeArea.class);
        assertThat(raw.getText()).isEqualTo(window.document().article().headerText());
        clickOn("#raw-toggle");
        assertThat(window.document().article().text()).isEqualTo(original);
        assertThat(window.document().isDirty()).isFalse();

        clickOn("#raw-toggle");
        fx(() -> raw.appendText("  reviewer: \"Ada\"\n"));
        clickOn("#raw-toggle");
        assertThat(lookup("#field-reviewer").queryAs(TextField.class).getText()).isEqualTo("Ada");
        assertThat(window.document().article().text())
                .contains("  figure_p: \"Low sun over a calm sea, with wooden groyne posts standing in the "
                        + "sand\"\n  reviewer: \"Ada\"\n---");
    }

    @Test
    void brokenYamlOpensWithTheErrorShownAndTheBodyIntact() throws Exception {
        Path broken = samples.resolve("site/articles/broken.md");
        Files.writeString(broken, "---\ntitle: \"fine\"\ndes: [unclosed\n---\n\nThe body is still here.\n");
        open(broken);
        Label error = lookup("#yaml-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Line 3: The list opened here with [ is not closed with ]");
        assertThat(lookup("#form-scroll").query().isDisabled()).isTrue();
        assertThat(window.editor().area().getText()).isEqualTo("\nThe body is still here.\n");
        waitForJs("document.getElementById('mh-body').textContent.indexOf('The body is still here.') >= 0", true);

        clickOn(error);
        CodeArea raw = lookup("#raw-yaml").queryAs(CodeArea.class);
        fx(() -> raw.replaceText("title: \"fine\"\ndes: [closed]\n"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(Files.readString(broken)).contains("[unclosed");
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(broken))
                .isEqualTo("---\ntitle: \"fine\"\ndes: [closed]\n---\n\nThe body is still here.\n");
    }

    @Test
    void closingWithUnsavedChangesAsks() throws Exception {
        String original = Files.readString(tides());
        open(tides());
        clickOn("#markdown-area");
        write("Unsaved words. ");
        Platform.runLater(window::requestClose);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unsaved-dialog").tryQuery()).isPresent();
        press(dialog("#unsaved-dialog"), ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isTrue();
        assertThat(window.document().isDirty()).isTrue();

        Platform.runLater(window::requestClose);
        WaitForAsyncUtils.waitForFxEvents();
        press(dialog("#unsaved-dialog"), ButtonBar.ButtonData.NO);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.stage().isShowing()).isFalse();
        assertThat(Files.readString(tides())).isEqualTo(original);
    }

    @Test
    void scriptsInTheBodyDoNotRunAndLinksDoNotNavigateThePreview() throws Exception {
        Path hostile = samples.resolve("site/articles/hostile.md");
        Files.writeString(
                hostile,
                "---\ntitle: \"Calm title\"\nheader_title: \"Calm\"\n---\n\n"
                        + "<script>document.title = 'script ran';</script>\n\n"
                        + "Text <img src=\"x\" onerror=\"document.title='handler ran'\"> and a "
                        + "[link](https://example.org/elsewhere) "
                        + "and a [bad one](javascript:document.title='link-ran').\n");
        open(hostile);
        assertThat(fx(() -> js("document.title"))).isEqualTo("Calm title · Harbour Notes");
        assertThat(fx(() -> js("document.querySelectorAll('#mh-body script, #mh-body img[onerror]').length")))
                .isEqualTo(0);
        Object location = fx(() -> window.preview().engine().getLocation());
        fx(() -> js("document.querySelector('#mh-body a[href^=\"https\"]').click()"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(opened).containsExactly("https://example.org/elsewhere");
        // The script link is clicked where it shows, whatever element it became (a dead link or plain text).
        assertThat(fx(() -> js("(function () { var all = document.querySelectorAll('#mh-body *'), hit = null;"
                        + " for (var i = 0; i < all.length; i++) if "
                        + "(all[i].textContent.indexOf('bad one') >= 0) hit = all[i];"
                        + " if (hit) hit.click(); return hit !== null && "
                        + "!/^javascript:/i.test(hit.getAttribute('href') || "
                        + "''); })()")))
                .isEqualTo(true);
        // Clicks are handled in order: once the safe link clicked after it has been handled, so has that one.
        fx(() -> js("document.querySelector('#mh-body a[href^=\"https\"]').click()"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> opened.size() >= 2);
        assertThat(opened).containsExactly("https://example.org/elsewhere", "https://example.org/elsewhere");
        assertThat(fx(() -> window.preview().engine().getLocation())).isEqualTo(location);
        assertThat(fx(() -> js("document.title"))).isEqualTo("Calm title · Harbour Notes");
        assertThat(fx(() -> js("document.getElementById('mh-headline').textContent")))
                .isEqualTo("Calm");
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheTextUnsaved() throws Exception {
        Path folder = Files.createDirectories(samples.resolve("site/articles/gone"));
        Path md = folder.resolve("note.md");
        Files.writeString(md, "---\ntitle: \"Note\"\n---\n\nBody.\n");
        open(md);
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.END);
        write("Typed before the folder vanished.");
        Files.delete(md);
        Files.delete(folder);
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains("note.md");
        assertThat(pane.getContentText()).contains("gone").contains("still unsaved");
        press(pane, ButtonType.OK);
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).startsWith("● ");
        assertThat(window.editor().area().getText()).endsWith("Typed before the folder vanished.");
    }

    @Test
    void findAndReplaceAll() throws Exception {
        open(tides());
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.H);
        clickOn("#find-field").write("tide");
        clickOn("#replace-field").write("TIDE");
        clickOn("Replace all");
        assertThat(window.document().article().body()).doesNotContain("tide").contains("TIDE");
        waitForJs("document.getElementById('mh-body').textContent.indexOf('TIDE') >= 0", true);
        push(KeyCode.ESCAPE);
        clickOn("#markdown-area");
        push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.document().article().body()).contains("tide");
    }
}
