package org.masthead.ui;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Site ▸ Search Site in the real window: matches by article, and a match opens the article at its line. */
class SiteSearchWindowTest extends WindowTestBase {

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
    }

    @Test
    void aMatchOpensItsArticleAtItsLineInTheBodyOrTheHeader() throws Exception {
        open(tides());
        fx(() -> window.parts().site.open(samples.resolve("site")));
        clickOn(window.editor().area());
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        waitUntil(() -> lookup("#site-search-query").tryQuery().isPresent());
        clickOn("#site-search-query");
        write("sourdough");
        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#site-search-status").queryLabeled().getText().endsWith("article."));
        TreeView<?> results = lookup("#site-search-results").queryAs(TreeView.class);
        assertThat(results.getRoot().getChildren()).hasSize(1);
        assertThat(results.getRoot().getChildren().get(0).getValue().toString())
                .startsWith("articles/winter-bread-notes.md");
        // The last match is in the body (the first, in page_first_p, is in the header).
        var matches = results.getRoot().getChildren().get(0).getChildren();
        Object last = matches.get(matches.size() - 1).getValue();
        int line = Integer.parseInt(last.toString().substring(0, last.toString().indexOf(':')));
        assertThat(line).isGreaterThan(20);
        fx(() -> results.requestFocus());
        fx(() -> results.getSelectionModel().select(matches.size()));
        push(KeyCode.ENTER);
        Path bread = samples.resolve("site/articles/winter-bread-notes.md");
        waitUntil(() -> bread.equals(window.document().path()));
        assertThat(fx(() -> window.editor().firstLine() + window.editor().area().getCurrentParagraph()))
                .isEqualTo(line);

        // A match in the header opens the raw YAML there (the search window comes back to the front).
        fx(() -> ((Stage) results.getScene().getWindow()).toFront());
        clickOn("#site-search-query");
        push(KeyCode.CONTROL, KeyCode.A);
        write("figure_author_url");
        push(KeyCode.ENTER);
        waitUntil(() -> !results.getRoot().getChildren().isEmpty()
                && lookup("#site-search-status").queryLabeled().getText().matches(".* in \\d+ articles?\\."));
        fx(() -> {
            results.getSelectionModel().clearSelection();
            for (int i = 0; i < results.getExpandedItemCount(); i++) {
                if (results.getTreeItem(i).getValue().toString().contains("winter-bread")) {
                    results.getSelectionModel().select(i + 1);
                }
            }
        });
        fx(() -> results.requestFocus());
        push(KeyCode.ENTER);
        waitUntil(() -> window.form().isRawShown());
        CodeArea raw = lookup("#raw-yaml").queryAs(CodeArea.class);
        assertThat(fx(() -> raw.getText(raw.getCurrentParagraph()))).contains("figure_author_url");
    }
}
