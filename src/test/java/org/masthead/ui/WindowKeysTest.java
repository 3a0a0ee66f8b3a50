package org.masthead.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.masthead.article.ArticleFinder;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the keyboard goes when an article opens, and what Alt does. */
class WindowKeysTest extends WindowTestBase {

    @Test
    void anOpenedArticleTakesTypingAtTheStartOfItsBody() throws Exception {
        open(bread());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> window.stage().getScene().getFocusOwner()
                        == window.editor().area()));
        String body = window.document().article().body();
        write("Q");
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.document().article().body())
                        .equals("Q" + body));
        // Another article, opened over this one (after the question about unsaved changes), gets the focus too.
        fx(() -> window.document().save());
        open(tides());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> window.stage().getScene().getFocusOwner()
                        == window.editor().area()));
    }

    @Test
    void altLettersNeverTypeIntoTheBody() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        String before = fx(() -> window.document().article().text());
        for (KeyCode letter : new KeyCode[] {KeyCode.F, KeyCode.E, KeyCode.V, KeyCode.Q, KeyCode.N}) {
            push(KeyCode.ALT, letter);
            push(KeyCode.ESCAPE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.document().article().text())).isEqualTo(before);
    }

    @Test
    void menusHaveMnemonics() throws Exception {
        var menus = fx(() -> ((javafx.scene.control.MenuBar) lookup(".menu-bar").query()).getMenus());
        assertThat(menus).extracting(Menu::getText).containsExactly("_File", "_Edit", "_View", "_Site", "_Help");
        assertThat(menus).allMatch(Menu::isMnemonicParsing);
    }

    @Test
    void saveAsAddsMarkdownOnlyToANameWithoutExtension() {
        // The Save dialog is the system's own and cannot be driven here; the name rule it applies is this.
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/notes"))).isEqualTo(Path.of("/s/notes.md"));
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/notes."))).isEqualTo(Path.of("/s/notes.md"));
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/notes.md"))).isEqualTo(Path.of("/s/notes.md"));
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/notes.markdown")))
                .isEqualTo(Path.of("/s/notes.markdown"));
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/notes.txt"))).isEqualTo(Path.of("/s/notes.txt"));
        assertThat(ArticleFinder.withMarkdownExtension(Path.of("/s/.hidden"))).isEqualTo(Path.of("/s/.hidden.md"));
    }

    @Test
    void aSaveSaysSoAndTheMessageGoesAfterAWhile() throws Exception {
        open(bread());
        typeAtEnd("One more line.");
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !fx(() -> window.document().isDirty()));
        assertThat(fx(() -> lookup("#status-message").queryLabeled().getText()))
                .isEqualTo("Saved winter-bread-notes.md.");
        WaitForAsyncUtils.waitFor(StatusBar.MESSAGE_SECONDS + 10, TimeUnit.SECONDS, () -> fx(() ->
                        lookup("#status-message").queryLabeled().getText())
                .isEmpty());
    }

    @Test
    void escapeInTheTextClosesTheFindBar() throws Exception {
        open(bread());
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> lookup(".find-bar").query().isVisible()));
        clickOn(window.editor().area());
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !fx(() -> lookup(".find-bar").query().isVisible()));
        assertThat(fx(() -> window.stage().getScene().getFocusOwner()))
                .isSameAs(window.editor().area());
    }
}
