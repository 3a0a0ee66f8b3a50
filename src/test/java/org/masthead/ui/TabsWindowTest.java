package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.masthead.site.SiteEntry;
import org.masthead.ui.files.UnsavedChanges;
import org.masthead.ui.tabs.ArticleTab;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Many articles in one window: tabs opened from the site panel, edited, switched, closed and restored. */
class TabsWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    private TableView<SiteEntry> table() {
        return window.parts().sitePanel.table();
    }

    private List<String> tabNames() throws Exception {
        return fx(() -> window.tabs().all().stream().map(t -> t.tab().getText()).toList());
    }

    private String shownName() throws Exception {
        return fx(() -> window.document().path().getFileName().toString());
    }

    /** Opens an article from the site panel: filter by its name, Enter. */
    private void openFromPanel(String file) throws Exception {
        clickOn("#site-filter");
        push(KeyCode.CONTROL, KeyCode.A);
        write(file.replace(".md", "").replace('-', ' '));
        waitUntil(() -> table().getItems().size() >= 1
                && table().getItems().get(0).path().endsWith(file));
        fx(() -> {
            table().requestFocus();
            table().getSelectionModel().select(0);
            return null;
        });
        push(KeyCode.ENTER);
        waitUntil(() -> window.document().path().endsWith(file));
        waitForPreview();
    }

    @Test
    void threeTabsAreEditedSwitchedClosedWithOneQuestionAndRestored() throws Exception {
        Path site = samples.resolve("site");
        fx(() -> window.openSite(site));
        waitUntil(() -> !window.isIndexing() && !table().getItems().isEmpty() && table().getScene() != null);
        openFromPanel("lantern-walk.md");
        openFromPanel("fog-horn-mornings.md");
        openFromPanel("kite-day-on-the-dunes.md");
        assertThat(tabNames()).containsExactly("lantern-walk.md", "fog-horn-mornings.md", "kite-day-on-the-dunes.md");

        clickOn("#site-filter");
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        waitUntil(() -> table().getItems().size() > 30);
        typeAtEnd("Kites at dusk.");
        push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntil(() -> shownName().equals("lantern-walk.md"));
        assertThat(fx(() -> table().getSelectionModel().getSelectedItem().path()))
                .as("the table follows the active tab")
                .isEqualTo(site.resolve("articles/lantern-walk.md"));
        typeAtEnd("Lanterns again.");
        int lanternCaret = fx(() -> window.editor().caret());
        assertThat(tabNames())
                .containsExactly("● lantern-walk.md", "fog-horn-mornings.md", "● kite-day-on-the-dunes.md");

        push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        waitUntil(() -> shownName().equals("fog-horn-mornings.md"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        waitUntil(() -> shownName().equals("lantern-walk.md"));
        assertThat(fx(() -> window.editor().caret())).as("the tab's caret").isEqualTo(lanternCaret);
        waitForJs("document.getElementById('mh-body').textContent.indexOf('Lanterns again.') >= 0", true);

        // Each tab has its own undo: undoing here leaves the kite article's edit alone.
        push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> !window.document().isDirty());
        ArticleTab kite = fx(() -> window.tabs().all().get(2));
        assertThat(fx(() -> kite.document().article().body())).endsWith("Kites at dusk.");
        assertThat(fx(() -> kite.document().isDirty())).isTrue();

        // A tab not shown renders nothing: its document changing reaches no view.
        long version = fx(() -> window.documentVersion());
        fx(() -> kite.document().setBody(kite.document().article().body() + " More."));
        assertThat(fx(() -> window.documentVersion())).isEqualTo(version);

        typeAtEnd(" Lanterns once more.");
        Platform.runLater(window::requestClose);
        DialogPane question = dialog("#unsaved-all-dialog");
        ListView<?> listed = lookup("#unsaved-list").queryAs(ListView.class);
        assertThat(fx(() -> listed.getItems().stream().map(String::valueOf).toList()))
                .containsExactly("lantern-walk.md", "kite-day-on-the-dunes.md");
        press(question, UnsavedChanges.SAVE_ALL);
        waitUntil(() -> !window.stage().isShowing());
        assertThat(Files.readString(site.resolve("articles/lantern-walk.md"))).contains("Lanterns once more.");
        assertThat(Files.readString(site.resolve("articles/kite-day-on-the-dunes.md")))
                .contains("Kites at dusk. More.");

        MainWindow next = fx(() -> {
            MainWindow w = new MainWindow(new Stage(), config, opened::add);
            w.reopenTabs();
            return w;
        });
        try {
            assertThat(fx(() -> next.tabs().all().stream()
                            .map(t -> t.document().path().getFileName().toString())
                            .toList()))
                    .containsExactly("lantern-walk.md", "fog-horn-mornings.md", "kite-day-on-the-dunes.md");
            assertThat(fx(() -> next.document().path().getFileName().toString()))
                    .as("the tab shown at closing")
                    .isEqualTo("lantern-walk.md");
            assertThat(fx(() -> next.tabs().all().stream()
                            .filter(ArticleTab::wasShown)
                            .map(t -> t.document().path().getFileName().toString())
                            .toList()))
                    .as("only the tab shown is built; the others wait until chosen")
                    .containsExactly("lantern-walk.md");
        } finally {
            fx(() -> {
                next.dispose();
                return null;
            });
        }
    }

    @Test
    void everyTabKeepsItsRecoveryDraft() throws Exception {
        fx(() -> window.open(tides()));
        fx(() -> window.open(bread()));
        waitForPreview();
        typeAtEnd("Bread, unsaved.");
        push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntil(() -> window.document().path().equals(tides()));
        typeAtEnd("Tides, unsaved.");
        push(KeyCode.CONTROL, KeyCode.TAB);
        waitUntil(() -> window.document().path().equals(bread()));
        fx(() -> window.flushDraft());

        // The window dies without cleaning up; the next finds both drafts, not only the shown one's.
        window.recovery().abandon();
        assertThat(window.recovery().orphans())
                .extracting(d -> d.article().orElseThrow().getFileName().toString())
                .containsExactlyInAnyOrder("winter-bread-notes.md", "reading-the-tide-tables.md");
        assertThat(window.recovery().orphans())
                .filteredOn(d -> d.text().contains("Tides, unsaved."))
                .hasSize(1);
    }
}
