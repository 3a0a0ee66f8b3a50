package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.masthead.recovery.Draft;
import org.masthead.ui.files.DiffRows;
import org.masthead.ui.files.FxDialogs;
import org.masthead.ui.files.RecoveryOffer;
import org.masthead.ui.files.UnsavedChanges;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Unsaved work survives a crash; changes made by other programs are never overwritten silently. */
class RecoveryAndDiskTest extends WindowTestBase {

    private List<Draft> drafts() throws Exception {
        return window.recovery().orphans();
    }

    /** A second window over the same recovery folder, as the app is after a restart. */
    private MainWindow secondInstance() throws Exception {
        return fx(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, config, opened::add);
            stage.show();
            return w;
        });
    }

    /** The rows the Compare dialog shows: one list, so its two columns scroll together. */
    private List<DiffRows.Row> diffRows() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<DiffRows.Row> list = lookup("#diff-rows").queryAs(ListView.class);
        return fx(() -> List.copyOf(list.getItems()));
    }

    @Test
    void unsavedTextComesBackAfterACrash() throws Exception {
        open(bread());
        byte[] onDisk = Files.readAllBytes(bread());
        typeAtEnd("A sentence typed just before the crash.");
        fx(() -> window.flushDraft());
        assertThat(Files.readAllBytes(bread()))
                .as("drafts never touch the article")
                .isEqualTo(onDisk);
        assertThat(drafts()).as("a running window's draft is not offered").isEmpty();

        // The first instance dies without cleaning up; the next one finds its draft.
        window.recovery().abandon();
        MainWindow second = secondInstance();
        Platform.runLater(second::offerRecovery);
        DialogPane offer = dialog("#recovery-dialog");
        assertThat(lookup("#recovery-list").queryListView().getItems()).hasSize(1);

        press(offer, RecoveryOffer.COMPARE);
        DialogPane diff = dialog("#diff-dialog");
        List<DiffRows.Row> rows = diffRows();
        assertThat(rows)
                .filteredOn(r -> r.right().contains("A sentence typed just before the crash."))
                .singleElement()
                .satisfies(r -> assertThat(r.kind()).isNotEqualTo(DiffRows.Kind.SAME));
        assertThat(rows).noneMatch(r -> r.left().contains("A sentence"));
        press(diff, ButtonType.CLOSE);

        press(dialog("#recovery-dialog"), RecoveryOffer.RESTORE);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> second.document() != null
                        && second.document().article().body().endsWith("A sentence typed just before the crash.")));
        assertThat(second.document().isDirty()).isTrue();
        assertThat(second.editor().area().getText()).endsWith("A sentence typed just before the crash.");
        assertThat(Files.readAllBytes(bread())).isEqualTo(onDisk);

        // Saving keeps it and the draft goes away.
        fx(() -> second.stage().requestFocus());
        fx(() -> {
            second.save();
        });
        fx(() -> second.flushDraft());
        assertThat(Files.readString(bread())).endsWith("A sentence typed just before the crash.");
        assertThat(draftOf(second)).doesNotExist();
        assertThat(second.recovery().orphans()).isEmpty();
        fx(() -> {
            second.dispose();
            second.stage().close();
        });
    }

    @Test
    void discardingARecoveredDraftDeletesIt() throws Exception {
        open(bread());
        typeAtEnd("Text the writer will not want.");
        fx(() -> window.flushDraft());
        window.recovery().abandon();
        MainWindow second = secondInstance();
        Platform.runLater(second::offerRecovery);
        press(dialog("#recovery-dialog"), RecoveryOffer.DISCARD);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> second.recovery().orphans().isEmpty());
        fx(() -> {
            second.dispose();
            second.stage().close();
        });
    }

    @Test
    void savingOrDiscardingRemovesTheDraft() throws Exception {
        open(bread());
        typeAtEnd(" More.");
        fx(() -> window.flushDraft());
        assertThat(draftOf(window)).exists();
        assertThat(Files.readString(draftOf(window))).endsWith(" More.");
        push(KeyCode.CONTROL, KeyCode.S);
        fx(() -> window.flushDraft());
        assertThat(draftOf(window)).doesNotExist();

        typeAtEnd(" Then more.");
        fx(() -> window.flushDraft());
        assertThat(draftOf(window)).exists();
        Platform.runLater(window::requestClose);
        press(dialog("#unsaved-dialog"), UnsavedChanges.DONT_SAVE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(draftOf(window)));
    }

    private Path draftOf(MainWindow w) {
        return w.recovery().folder().resolve(w.recovery().keyFor(bread()) + ".draft");
    }

    @Test
    void anExternalChangeWithoutLocalEditsIsReloaded() throws Exception {
        open(bread());
        String text = Files.readString(bread());
        Files.writeString(bread(), text.replace("## Time is an ingredient", "## Time is the main ingredient"));
        // The file watcher notices by itself.
        WaitForAsyncUtils.waitFor(
                15,
                TimeUnit.SECONDS,
                () -> fx(() -> window.editor().area().getText().contains("Time is the main ingredient")));
        assertThat(window.document().isDirty()).isFalse();
        assertThat(lookup("#status-message").queryLabeled().getText()).startsWith("Reloaded winter-bread-notes.md");
    }

    @Test
    void anExternalChangeWithLocalEditsAsksAndKeepMineWins() throws Exception {
        open(bread());
        typeAtEnd(" Mine.");
        String theirs = Files.readString(bread()).replace("## Time is an ingredient", "## Theirs");
        Files.writeString(bread(), theirs);
        Platform.runLater(window::checkDisk);
        DialogPane ask = dialog("#disk-conflict-dialog");
        press(ask, FxDialogs.COMPARE);
        DialogPane diff = dialog("#diff-dialog");
        // Side by side: the file's line on the left, level with the writer's on the right, both marked.
        DiffRows.Row changed = diffRows().stream()
                .filter(r -> r.kind() == DiffRows.Kind.CHANGED)
                .findFirst()
                .orElseThrow();
        assertThat(changed.left()).isEqualTo("## Theirs");
        assertThat(changed.right()).isEqualTo("## Time is an ingredient");
        assertThat(changed.leftLine()).isEqualTo(changed.rightLine()).isPositive();
        Label old = lookup("#diff-left")
                .match(n -> ((Label) n).getText().equals("## Theirs"))
                .queryAs(Label.class);
        assertThat(old.getStyleClass()).contains("diff-old");
        Label mine = (Label) old.getParent().lookup("#diff-right");
        assertThat(mine.getText()).isEqualTo("## Time is an ingredient");
        assertThat(mine.getStyleClass()).contains("diff-new");
        press(diff, ButtonType.CLOSE);
        press(dialog("#disk-conflict-dialog"), FxDialogs.KEEP_MINE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#disk-conflict-dialog")
                .tryQuery()
                .isEmpty());
        assertThat(window.document().isDirty()).isTrue();
        assertThat(Files.readString(bread())).as("nothing written yet").isEqualTo(theirs);
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.document().isDirty());
        assertThat(Files.readString(bread())).endsWith(" Mine.").contains("## Time is an ingredient");
    }

    @Test
    void takeTheirsShowsTheFilesVersion() throws Exception {
        open(bread());
        typeAtEnd(" Mine.");
        String theirs = Files.readString(bread()).replace("## Time is an ingredient", "## Theirs");
        // Replaced by rename, as many editors and git do; the file watcher alone brings up the question.
        Path tmpFile = bread().resolveSibling(".theirs.tmp");
        Files.writeString(tmpFile, theirs);
        Files.move(tmpFile, bread(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        press(dialog("#disk-conflict-dialog"), FxDialogs.TAKE_THEIRS);
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx(() -> window.editor().area().getText().contains("## Theirs")));
        assertThat(window.document().isDirty()).isFalse();
        assertThat(window.editor().area().getText()).doesNotContain(" Mine.");
    }

    @Test
    void savingOverAnotherProgramsChangeAsksFirst() throws Exception {
        open(bread());
        typeAtEnd(" Mine.");
        String theirs = Files.readString(bread()).replace("## Time is an ingredient", "## Theirs");
        fx(() -> Files.writeString(bread(), theirs));
        // Save straight away: whether the watcher or the save sees it first, the writer is asked.
        Platform.runLater(() -> window.save());
        press(dialog("#disk-conflict-dialog"), ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(bread())).isEqualTo(theirs);
        assertThat(window.document().isDirty()).isTrue();
    }

    @Test
    void aDeletedFileIsReportedAndTheTextKept() throws Exception {
        open(bread());
        String text = Files.readString(bread());
        Files.delete(bread());
        Platform.runLater(window::checkDisk);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> fx(() -> window.document().disk().isMissing()));
        assertThat(lookup("#status-message").queryLabeled().getText())
                .contains("was deleted or moved")
                .contains("Your text is kept");
        assertThat(window.document().isDirty()).isTrue();
        assertThat(window.stage().getTitle()).startsWith("● ");
        assertThat(window.editor().area().getText())
                .isEqualTo(window.document().article().body());
        push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(bread()));
        assertThat(Files.readString(bread())).isEqualTo(text);
    }

    @Test
    void saveAutomaticallyWritesTheFileAfterAPause() throws Exception {
        open(bread());
        fx(() -> window.setAutosave(true));
        try {
            typeAtEnd(" Saved without asking.");
            WaitForAsyncUtils.waitFor(
                    15, TimeUnit.SECONDS, () -> Files.readString(bread()).endsWith(" Saved without asking."));
            WaitForAsyncUtils.waitFor(
                    5, TimeUnit.SECONDS, () -> fx(() -> !window.document().isDirty()));
            assertThat(Files.readString(bread())).contains("## Time is an ingredient");
        } finally {
            fx(() -> window.setAutosave(false));
        }
    }
}
