package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.masthead.ui.files.UnsavedChanges;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+N with a site open: a new article the site's way, saved where its title says. */
class NewInSiteWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    @Test
    void aNewArticleStartsFromTheTemplateAndIsSavedWhereItsTitleSays() throws Exception {
        Path site = pressCtrlNInTheSampleSite();
        waitUntil(() -> window.document().isUntitled() && window.tabs().all().size() == 2);
        waitUntil(() -> focus() instanceof TextInputControl t && "field-title".equals(t.getId()));
        assertThat(fx(() -> window.document().isDirty()))
                .as("untouched, nothing to lose")
                .isFalse();
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH));
        assertThat(fx(() -> window.document().article().text()))
                .contains("page_date: \"" + today + "\"")
                .contains("figure_author: \"Harbour Notes\"")
                .contains("## What to do next");

        write("Low Water at Dawn");
        waitUntil(() -> "articles/low-water-at-dawn.md".equals(fieldText("#field-first-save")));
        assertThat(fieldText("#field-blog_url"))
                .as("linked: follows the title as it is typed")
                .isEqualTo("https://harbournotes.example/articles/low-water-at-dawn");
        assertThat(fx(() ->
                        lookup("#link-first-save").queryAs(ToggleButton.class).isSelected()))
                .isTrue();
        assertThat(fx(() -> window.editor().area().getText()))
                .as("the editor shows the template's body taking the title")
                .contains("take away from \"Low Water at Dawn\".");
        assertThat(fieldText("#field-page_first_p")).endsWith("take away from \"Low Water at Dawn\".");
        fx(() -> window.form().focusField("page_first_p")); // a row the form builds after its first frame
        push(KeyCode.CONTROL, KeyCode.S);
        Path saved = site.resolve("articles/low-water-at-dawn.md");
        waitUntil(() -> Files.exists(saved) && !window.document().isUntitled());
        String text = Files.readString(saved);
        assertThat(text)
                .contains("title: \"Low Water at Dawn\"")
                .contains("blog_url: \"https://harbournotes.example/articles/low-water-at-dawn\"\n")
                .as("the untouched body takes the title too")
                .contains("take away from \"Low Water at Dawn\".");
        assertThat(fx(() -> window.tabs().shown().tab().getText())).isEqualTo("low-water-at-dawn.md");
        assertThat(focus() instanceof TextInputControl t && "field-page_first_p".equals(t.getId()))
                .as("the keyboard stays in the field where the writer was")
                .isTrue();
        assertThat(lookup("#row-first-save").query().isVisible())
                .as("saved: the tab names the file")
                .isFalse();
    }

    @Test
    void aFileNameTypedByTheWriterIsKeptAndTheCloseQuestionsSaveWritesThere() throws Exception {
        Path site = pressCtrlNInTheSampleSite();
        waitUntil(() -> focus() instanceof TextInputControl t && "field-title".equals(t.getId()));
        write("Harbour Lights");
        replaceFieldText("#field-first-save", "articles/lights.md");
        clickOn("#field-title");
        push(KeyCode.END);
        write(" Tonight");
        assertThat(fieldText("#field-first-save")).as("typed: it stays").isEqualTo("articles/lights.md");
        assertThat(fx(() ->
                        lookup("#link-first-save").queryAs(ToggleButton.class).isSelected()))
                .isFalse();

        javafx.application.Platform.runLater(() -> window.parts().commands.closeArticle());
        press(dialog("#unsaved-dialog"), UnsavedChanges.SAVE);
        Path saved = site.resolve("articles/lights.md");
        waitUntil(() -> Files.exists(saved) && window.tabs().all().size() == 1);
        assertThat(Files.readString(saved))
                .contains("title: \"Harbour Lights Tonight\"")
                .contains("blog_url: \"https://harbournotes.example/articles/harbour-lights-tonight\"\n");
        assertThat(site.resolve("articles/harbour-lights-tonight.md")).doesNotExist();
    }

    /** Opens the sample site over one of its articles and presses Ctrl+N in the editor; returns the site. */
    private Path pressCtrlNInTheSampleSite() throws Exception {
        Path site = samples.resolve("site");
        open(tides());
        fx(() -> window.openSite(site));
        waitUntil(() -> !window.isIndexing());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.N);
        return site;
    }

    private String fieldText(String id) throws Exception {
        return fx(() -> lookup(id).queryAs(TextInputControl.class).getText());
    }

    @Test
    void withoutASiteNewIsAnEmptyArticle() throws Exception {
        open(tides());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> window.document().isUntitled());
        assertThat(fx(() -> window.document().article().text())).doesNotContain("## What to do next");
    }

    @Test
    void renamingMovesTheFileAndItsImagesAndTheUrlFollows() throws Exception {
        Path site = samples.resolve("site");
        Path md = site.resolve("articles/low-tide.md");
        Files.writeString(
                md,
                "---\ntitle: \"Low tide\"\nblog_url: \"https://harbournotes.example/articles/low-tide\"\n"
                        + "page_image_src_rel: \"/images/posts_img/low-tide-1.jpg\"\n---\n\n"
                        + "![Mud](/images/posts_img/low-tide-1.jpg)\n");
        Path image = Files.copy(
                site.resolve("images/posts_img/harbour-evening.jpg"), site.resolve("images/posts_img/low-tide-1.jpg"));
        fx(() -> window.open(md));
        waitForPreview();
        javafx.application.Platform.runLater(() -> window.parts().commands.renameArticle());
        dialog("#rename-dialog");
        clickOn("#rename-slug");
        push(KeyCode.CONTROL, KeyCode.A);
        write("Slack water");
        clickOn("Rename");
        Path renamed = site.resolve("articles/slack-water.md");
        waitUntil(() ->
                renamed.equals(window.document().path()) && !window.document().isDirty());
        assertThat(md).doesNotExist();
        assertThat(image).doesNotExist();
        assertThat(site.resolve("images/posts_img/slack-water-1.jpg")).exists();
        assertThat(Files.readString(renamed))
                .contains("blog_url: \"https://harbournotes.example/articles/slack-water\"")
                .contains("page_image_src_rel: \"/images/posts_img/slack-water-1.jpg\"")
                .contains("![Mud](/images/posts_img/slack-water-1.jpg)");
        assertThat(fx(() -> window.tabs().shown().tab().getText())).isEqualTo("slack-water.md");
    }

    private Object focus() {
        return window.stage().getScene().getFocusOwner();
    }
}
