package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Site ▸ Check Site and Site ▸ Export Site in the real window. */
class SiteWideWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(condition));
    }

    private void openSite(Path site) throws Exception {
        fx(() -> window.parts().site.open(site));
        waitUntil(() -> !window.parts().siteModel.indexingProperty().get()
                && !window.parts().siteModel.entries().isEmpty());
    }

    @Test
    void problemsListEveryFindingByArticleFilterAndOpenTheField() throws Exception {
        open(tides());
        openSite(samples.resolve("site"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        waitUntil(() -> lookup("#problems-status").tryQuery().isPresent()
                && lookup("#problems-status").queryLabeled().getText().contains("findings in"));
        TreeView<?> tree = lookup("#problems-tree").queryAs(TreeView.class);
        assertThat(fx(() -> tree.getRoot().getChildren().stream()
                        .map(i -> i.getValue().toString())
                        .toList()))
                .anyMatch(t -> t.startsWith("articles/draft-with-problems.md"));

        clickOn("#problems-filter");
        write("zzzz-no-such-words");
        waitUntil(() -> tree.getRoot().getChildren().isEmpty());
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        clickOn("#problems-tips");
        clickOn("#problems-warnings");
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        assertThat(fx(() -> tree.getRoot().getChildren().stream()
                        .flatMap(f -> f.getChildren().stream())
                        .allMatch(i -> i.getValue().toString().startsWith("error"))))
                .isTrue();

        fx(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue().toString().startsWith("articles/draft-with-problems.md")) {
                    tree.getSelectionModel().select(i + 1);
                    break;
                }
            }
            tree.requestFocus();
        });
        push(KeyCode.ENTER);
        waitUntil(() -> window.document().path().getFileName().toString().equals("draft-with-problems.md"));
    }

    @Test
    void problemsTellATagSpeltUnlikeTheRestOfTheSite() throws Exception {
        Path articles = samples.resolve("site/articles");
        String bread = Files.readString(articles.resolve("winter-bread-notes.md"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(
                    articles.resolve("script-" + i + ".md"),
                    bread.replaceFirst("---\n", "---\n  tags: [JavaScript]\n"));
        }
        Files.writeString(
                articles.resolve("winter-bread-notes.md"),
                bread.replaceFirst("---\n", "---\n  tags: [bread, Javascript]\n"));
        open(tides());
        openSite(samples.resolve("site"));
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        clickOn("#problems-filter");
        write("usually writes");
        TreeView<?> tree = lookup("#problems-tree").queryAs(TreeView.class);
        waitUntil(() -> tree.getRoot().getChildren().size() == 1);
        assertThat(fx(() -> tree.getRoot().getChildren().get(0).getValue().toString()))
                .startsWith("articles/winter-bread-notes.md");
        assertThat(fx(() -> tree.getRoot().getChildren().get(0).getChildren().stream()
                        .map(i -> i.getValue().toString())
                        .toList()))
                .containsExactly("tip  tags: \"Javascript\": the site usually writes \"JavaScript\""
                        + " (3 articles; written differently)");
    }

    @Test
    void theSiteIsExportedWithProgressASummaryAndTheFailuresNamed() throws Exception {
        Path site = samples.resolve("site");
        Files.writeString(site.resolve("articles/broken.md"), "---\ntitle: \"x\n---\nBody.\n");
        open(tides());
        openSite(site);
        Path out = Files.createTempDirectory(tmp, "pages");
        Stage export = fx(() -> window.parts().site.export(out).stage());
        waitUntil(() -> lookup("#export-site-summary").queryLabeled().getText().contains("written"));
        // The two samples whose header does not parse fail too.
        assertThat(lookup("#export-site-summary").queryLabeled().getText()).contains("3 failed");
        assertThat(lookup("#export-site-failures").queryTextInputControl().getText())
                .contains("broken.md", "cliff-path-closure.md", "spring-tide-flooding.md");
        assertThat(out.resolve("articles/winter-bread-notes.html")).exists();
        assertThat(Files.readString(out.resolve("articles/winter-bread-notes.html")))
                .contains("<meta name=\"generator\"");
        fx(export::close);
    }
}
