package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Spelling in the real window: marks in the editor, the right-click menu, the site's word list, the status bar. */
class SpellingWindowTest extends WindowTestBase {
    private Path site;

    private Path article(String name, String body) throws Exception {
        if (site == null) {
            site = Files.createTempDirectory(tmp, "spell-site");
            Files.writeString(site.resolve("masthead.yml"), "language: en-US\n");
        }
        return Files.writeString(site.resolve(name), "---\ntitle: \"Harbor notes\"\ndate: 2024-05-01\n---\n\n" + body);
    }

    private CodeArea area() {
        return window.editor().area();
    }

    /** Whether the word is marked misspelt in the body. */
    private boolean marked(String word) throws Exception {
        return fx(() ->
                window.editor().misspeltAt(area().getText().indexOf(word) + 1).isPresent());
    }

    private void waitMarked(String word, boolean expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> marked(word) == expected);
    }

    @Test
    void misspeltWordsAreMarkedAndAFixFromTheMenuIsOneUndoStep() throws Exception {
        Path file = article("ferry.md", "The ferry left at sevn.\n\n```\nnot checkd\n```\n\nSee `codez` and NASA.\n");
        open(file);
        waitMarked("sevn", true);
        assertThat(marked("checkd")).isFalse();
        assertThat(marked("codez")).isFalse();
        assertThat(marked("ferry")).isFalse();
        // One wavy line on screen, under the one word.
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.editor().underlinedWords() == 1));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> lookup("#status-spelling")
                        .queryAs(Labeled.class)
                        .getText()
                        .equals("en-US · 1 misspelt")));

        rightClickOnWord("sevn");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> menuItem("seven") != null));
        fx(() -> menuItem("seven").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.document().article().body())).contains("left at seven.");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.editor().underlinedWords() == 0));
        waitForPreview();
        waitForJs("document.getElementById('mh-body').textContent.includes('left at seven')", true);
        assertThat(fx(() -> window.document().history().undoName())).contains("Correct Spelling");
        fx(() -> window.document().history().undo());
        assertThat(fx(() -> window.document().article().body())).contains("left at sevn.");
    }

    @Test
    void aWordTypedIsMarkedAndTheLinesAboveKeepTheirWaves() throws Exception {
        open(article("typed.md", "The ferry left at sevn.\n\nIt came bak at noon.\n"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.editor().underlinedWords() == 2));
        typeAtEnd("Then qwzx.");
        waitMarked("qwzx", true);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.editor().underlinedWords() == 3));
        assertThat(marked("sevn")).isTrue();
        assertThat(marked("Then")).isFalse();
    }

    @Test
    void marksStayWhenParagraphsAreOnlyRestyledAsInFocusMode() throws Exception {
        open(article("focus.md", "The ferry left at sevn.\n\nIt came bak at noon.\n"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.editor().underlinedWords() == 2));
        fx(() -> {
            window.editor().comfort().setFocusMode(true);
            area().moveTo(2, 0);
            return null;
        });
        // Focus mode restyles the paragraph the caret left and the one it went to.
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> area().getParagraph(2).getParagraphStyle().contains("current-block")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marked("sevn")).isTrue();
        assertThat(marked("bak")).as("the word the right-click menu offers").isTrue();
        assertThat(fx(() -> window.editor().underlinedWords())).isEqualTo(2);
    }

    @Test
    void aDictionaryFolderChosenInPreferencesIsUsedAtOnce() throws Exception {
        // A language this machine has no dictionary for; the folder chosen has one.
        Path au = Files.createTempDirectory(tmp, "au-site");
        Files.writeString(au.resolve("masthead.yml"), "language: en-AU\n");
        Path file = Files.writeString(
                au.resolve("outback.md"), "---\ntitle: \"Notes\"\n---\n\nThe road to Wombatvale was long and sevn.\n");
        Path folder = Files.createTempDirectory(tmp, "dictionaries");
        try (var aff = getClass().getResourceAsStream("/org/masthead/spell/en_US.aff");
                var dic = getClass().getResourceAsStream("/org/masthead/spell/en_US.dic")) {
            Files.copy(aff, folder.resolve("en_AU.aff"));
            Files.write(
                    folder.resolve("en_AU.dic"),
                    (new String(dic.readAllBytes(), "UTF-8") + "Wombatvale\n").getBytes("UTF-8"));
        }
        open(file);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> fx(() -> spellingStatus().equals("en-AU · no dictionary")));

        clickOn("#markdown-area");
        push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.COMMA);
        javafx.scene.control.DialogPane prefs = dialog("#preferences-dialog");
        fx(() -> {
            lookup("#pref-dictionaries")
                    .queryAs(javafx.scene.control.TextField.class)
                    .setText(folder.toString());
            return null;
        });
        press(prefs, javafx.scene.control.ButtonType.OK);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> fx(() -> spellingStatus().equals("en-AU · 1 misspelt")));
        waitMarked("sevn", true);
        assertThat(marked("Wombatvale"))
                .as("a word only the chosen dictionary has")
                .isFalse();
    }

    private String spellingStatus() {
        return lookup("#status-spelling").queryAs(Labeled.class).getText();
    }

    @Test
    void aWordAddedToTheSiteDictionaryIsKnownInEveryTabAndTheListStaysSorted() throws Exception {
        Path first = article("first.md", "Skipper Quennell waved.\n");
        Path second = article("second.md", "Quennell again, and Aberdour.\n");
        open(second);
        waitMarked("Quennell", true);
        fx(() -> window.tabs().open(org.masthead.document.ArticleDocument.open(first)));
        waitForPreview();
        waitMarked("Quennell", true);
        Files.createDirectories(site.resolve(".masthead"));
        Files.writeString(site.resolve(".masthead/words.txt"), "Zennor\n");

        rightClickOnWord("Quennell");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> menuItem("Add to Site Dictionary") != null));
        fx(() -> menuItem("Add to Site Dictionary").fire());
        waitMarked("Quennell", false);
        assertThat(Files.readString(site.resolve(".masthead/words.txt"))).isEqualTo("Quennell\nZennor\n");

        fx(() -> window.tabs().select(window.tabs().all().get(0)));
        waitForPreview();
        waitMarked("Aberdour", true);
        assertThat(marked("Quennell")).isFalse();
    }

    @Test
    void myDictionaryIsInTheWindowsDataFolder() throws Exception {
        open(article("mine.md", "A trip to Kettlewick.\n"));
        waitMarked("Kettlewick", true);
        rightClickOnWord("Kettlewick");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> menuItem("Add to My Dictionary") != null));
        fx(() -> menuItem("Add to My Dictionary").fire());
        waitMarked("Kettlewick", false);
        assertThat(Files.readString(config.dataFolder().resolve("words.txt"))).isEqualTo("Kettlewick\n");
    }

    /** The caret on the word, then the menu key (Monocle sends no menu request for a right click). */
    @Test
    void theFormsProseFieldsAreMarkedTooAndAnIgnoredWordClearsThere() throws Exception {
        Path file = Files.writeString(
                Files.createDirectories(tmp.resolve("form-site")).resolve("fog.md"),
                "---\ntitle: \"A mornning in fog\"\ndate: 2024-05-01\ntags: [zzqq]\n---\n\nThe mornning was grey.\n");
        Files.writeString(file.resolveSibling("masthead.yml"), "language: en-US\n");
        open(file);
        waitMarked("mornning", true);
        // The title field's marks: one wave under its one misspelt word; the tags are not prose.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> waves("#field-title") == 1));
        assertThat(fx(() -> waves("#field-tags"))).isZero();
        rightClickOnWord("mornning");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> menuItem("Ignore “mornning” in This Article") != null));
        fx(() -> menuItem("Ignore “mornning” in This Article").fire());
        waitMarked("mornning", false);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> waves("#field-title") == 0));
    }

    /** How many words a field's wavy line is under. */
    private long waves(String fieldId) {
        var field = lookup(fieldId).query();
        var holder = field.getParent();
        return holder.lookupAll(".spell-wave").stream()
                .flatMap(n -> ((javafx.scene.shape.Path) n).getElements().stream())
                .filter(e -> e instanceof javafx.scene.shape.MoveTo)
                .count();
    }

    private void rightClickOnWord(String word) throws Exception {
        fx(() -> {
            area().moveTo(area().getText().indexOf(word) + 1);
            var b = area().getCaretBounds().orElseThrow();
            javafx.event.Event.fireEvent(
                    area(),
                    new javafx.scene.input.ContextMenuEvent(
                            javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                            0,
                            0,
                            b.getMinX(),
                            b.getMaxY(),
                            true,
                            null));
        });
    }

    private MenuItem menuItem(String text) {
        for (var w : javafx.stage.Window.getWindows()) {
            if (w instanceof javafx.scene.control.ContextMenu m && m.isShowing()) {
                for (MenuItem i : m.getItems()) if (text.equals(i.getText())) return i;
            }
        }
        return null;
    }
}
