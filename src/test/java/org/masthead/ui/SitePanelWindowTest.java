package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.masthead.site.SiteEntry;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The site panel in the real window: a site's articles, sorted, filtered, opened, kept current. */
class SitePanelWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    private TableView<SiteEntry> table() {
        return window.parts().sitePanel.table();
    }

    private List<String> shownFiles() throws Exception {
        return fx(() -> table().getItems().stream()
                .map(e -> e.path().getFileName().toString())
                .toList());
    }

    private void openSite(Path site) throws Exception {
        fx(() -> window.parts().site.open(site));
        // The table comes a frame after the rest of the panel.
        waitUntil(() -> !window.parts().siteModel.indexingProperty().get()
                && !table().getItems().isEmpty()
                && table().getScene() != null);
        // Its column headers come with the table's first layout, a pulse later still.
        waitUntil(() -> lookup("#site-col-date .label").tryQuery().isPresent());
    }

    @Test
    void aSiteIsListedSortedFilteredAndOpenedFromTheKeyboard() throws Exception {
        open(tides());
        assertThat(lookup("#site-panel").tryQuery())
                .as("hidden until a site is opened")
                .isEmpty();
        openSite(samples);
        assertThat(lookup("#site-panel").query().isVisible()).isTrue();
        assertThat(shownFiles()).contains("winter-bread-notes.md", "night-market-photography.md");
        assertThat(lookup("#site-count").queryLabeled().getText()).endsWith("articles");
        assertThat(fx(() -> table().getSelectionModel().getSelectedItem().path()))
                .as("the table follows the shown article")
                .isEqualTo(tides());

        clickOn("#site-col-date .label");
        clickOn("#site-col-date .label");
        assertThat(shownFiles().get(0)).as("newest first").isEqualTo("night-market-photography.md");

        clickOn("#site-filter");
        write("sourdough");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(shownFiles()).containsExactly("winter-bread-notes.md");
        assertThat(lookup("#site-count").queryLabeled().getText()).startsWith("1 of ");
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        clickOn("#site-tag");
        clickOn("photography  (1)");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(shownFiles()).containsExactly("night-market-photography.md");
        clickOn("#site-tag");
        clickOn("All tags");
        waitUntil(() -> table().getItems().size() > 1);
        clickOn("#site-only-errors");
        waitUntil(() -> table().getItems().stream().allMatch(e -> e.errors() > 0));
        assertThat(shownFiles())
                .as("the sample site's articles with errors, including the headers that do not parse")
                .contains("draft-with-problems.md", "lantern-walk.md", "cliff-path-closure.md")
                .doesNotContain("winter-bread-notes.md");

        clickOn(table());
        int draft = shownFiles().indexOf("draft-with-problems.md");
        fx(() -> table().getSelectionModel().select(draft));
        push(KeyCode.ENTER);
        waitUntil(() -> window.document().path().getFileName().toString().equals("draft-with-problems.md"));
    }

    @Test
    void changesOnDiskAndBadFilesShowInTheTable() throws Exception {
        Path site = samples.resolve("site");
        openSite(site);
        Path bread = site.resolve("articles/winter-bread-notes.md");
        Files.writeString(bread, Files.readString(bread).replace("Notes from a winter", "Notes from one winter"));
        Files.setLastModifiedTime(bread, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        Files.write(
                site.resolve("articles/latin1.md"), new byte[] {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xE9, '\n'});
        waitUntil(() -> table().getItems().stream().anyMatch(e -> e.title().startsWith("Notes from one winter")));
        waitUntil(() -> shownFiles().contains("latin1.md"));
        SiteEntry bad = fx(() -> table().getItems().stream()
                .filter(e -> e.path().endsWith("latin1.md"))
                .findFirst()
                .orElseThrow());
        assertThat(bad.problem()).contains("UTF-8");
        Files.delete(site.resolve("articles/the-card-catalogue-rebuilt.md"));
        waitUntil(() -> !shownFiles().contains("the-card-catalogue-rebuilt.md"));
    }

    @Test
    void theArticlesSiteIsOfferedAndTheLastSiteOpensAtTheNextStart() throws Exception {
        open(bread());
        fx(() -> window.parts().site.showPanel(true));
        waitUntil(() -> lookup("#site-offer").tryQuery().map(n -> n.isVisible()).orElse(false));
        clickOn("#site-offer");
        waitUntil(() -> !table().getItems().isEmpty()
                && !window.parts().siteModel.indexingProperty().get());
        assertThat(window.parts().siteModel.rootProperty().get())
                .isEqualTo(samples.resolve("site").toAbsolutePath());

        MainWindow second = fx(() -> new MainWindow(new Stage(), config, opened::add));
        try {
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> fx(() -> !second.parts().siteModel.entries().isEmpty()));
            assertThat(second.parts().siteModel.rootProperty().get())
                    .isEqualTo(samples.resolve("site").toAbsolutePath());
        } finally {
            fx(second::dispose);
        }
    }
}
