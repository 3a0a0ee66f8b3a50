package org.masthead.ui;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.masthead.document.ArticleDocument;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Showing another article closes the old session: nothing keeps the old document, and nothing listens to it. */
class SessionLeakTest extends WindowTestBase {

    @Test
    void fortyDocumentsShownOneAfterAnotherAreAllReleased() throws Exception {
        Path bread = samples.resolve("site/articles/winter-bread-notes.md");
        Path tides = samples.resolve("site/articles/reading-the-tide-tables.md");
        ArticleDocument first = ArticleDocument.open(bread);
        fx(() -> window.show(first));
        int listenersWhileShown = first.listenerCount();
        assertThat(listenersWhileShown).isPositive();

        List<WeakReference<ArticleDocument>> released = new ArrayList<>();
        List<ArticleDocument> kept = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ArticleDocument d = ArticleDocument.open(i % 2 == 0 ? tides : bread);
            fx(() -> window.show(d));
            assertThat(d.listenerCount()).isEqualTo(listenersWhileShown);
            if (i < 3) kept.add(d);
            else released.add(new WeakReference<>(d));
        }
        ArticleDocument last = ArticleDocument.open(bread);
        fx(() -> window.show(last));
        WaitForAsyncUtils.waitForFxEvents();

        // Closed sessions unsubscribed everything they and their views had subscribed.
        assertThat(first.listenerCount()).isZero();
        for (ArticleDocument d : kept) assertThat(d.listenerCount()).isZero();
        assertThat(last.listenerCount()).isEqualTo(listenersWhileShown);

        // And no one holds them: every replaced document can be collected.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            System.gc();
            return released.stream().allMatch(r -> r.get() == null);
        });
        assertThat(released).allMatch(r -> r.get() == null);
        assertThat(window.document()).isSameAs(last);
    }

    @Test
    void eachNewSessionReportsItsChecksAlsoWhenTheyFindWhatTheLastFound() throws Exception {
        Path tides = samples.resolve("site/articles/reading-the-tide-tables.md");
        for (int i = 0; i < 3; i++) {
            ArticleDocument d = ArticleDocument.open(tides);
            fx(() -> window.show(d));
            fx(() -> {
                lookup("#status-findings").queryLabeled().setText("");
                lookup("#status-counts").queryLabeled().setText("");
            });
            WaitForAsyncUtils.waitFor(
                    20,
                    TimeUnit.SECONDS,
                    () -> fx(() -> lookup("#status-findings").queryLabeled().getText())
                                    .equals("✓ No problems")
                            && fx(() -> lookup("#status-counts").queryLabeled().getText())
                                    .contains("words"));
        }
    }
}
