package org.masthead.document;

import java.nio.charset.Charset;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Dialogs.EncodingAnswer;
import org.masthead.document.Dialogs.UnsavedAnswer;

import static org.assertj.core.api.Assertions.assertThat;

/** Saving's questions and failures, each branch without a window. */
class SavePolicyTest {
    @TempDir
    Path dir;

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<String> status = new ArrayList<>();

    private SavePolicy policy(boolean mayOverwrite) {
        return new SavePolicy(dialogs, d -> mayOverwrite, status::add);
    }

    private ArticleDocument edited(String name, String text) throws Exception {
        ArticleDocument d = ArticleDocument.open(Files.writeString(dir.resolve(name), text));
        d.setBody("\nEdited.\n");
        return d;
    }

    @Test
    void aPlainSaveAsksNothing() throws Exception {
        ArticleDocument d = edited("a.md", "---\ntitle: A\n---\nx\n");
        assertThat(policy(true).save(d)).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(Files.readString(d.path())).endsWith("Edited.\n");
    }

    @Test
    void aRefusedOverwriteWritesNothing() throws Exception {
        ArticleDocument d = edited("a.md", "---\ntitle: A\n---\nx\n");
        assertThat(policy(false).save(d)).isFalse();
        assertThat(Files.readString(d.path())).endsWith("x\n");
        assertThat(d.isDirty()).isTrue();
    }

    @Test
    void anotherEncodingIsKeptOnceAskedOrConverted() throws Exception {
        Charset cp = Charset.forName("windows-1252");
        Path f = dir.resolve("l.md");
        Files.write(f, "---\ntitle: Café\n---\nx\n".getBytes(cp));
        ArticleDocument d = ArticleDocument.open(f);
        d.setBody("\nNoël.\n");
        SavePolicy p = policy(true);
        dialogs.answer(EncodingAnswer.CANCEL);
        assertThat(p.save(d)).isFalse();
        dialogs.answer(EncodingAnswer.KEEP);
        assertThat(p.save(d)).isTrue();
        assertThat(Files.readAllBytes(f)).isEqualTo("---\ntitle: Café\n---\n\nNoël.\n".getBytes(cp));
        d.setBody("\nNoël encore.\n");
        assertThat(p.save(d)).as("asked once per document").isTrue();
        assertThat(dialogs.asked).containsExactly("encoding l.md windows-1252 fits", "encoding l.md windows-1252 fits");
        d.setBody("\n東京\n");
        dialogs.answer(EncodingAnswer.CONVERT);
        assertThat(p.save(d)).isTrue();
        assertThat(dialogs.asked.get(2)).isEqualTo("encoding l.md windows-1252 does not fit");
        assertThat(Files.readString(f)).endsWith("東京\n");
    }

    @Test
    void aReadOnlyFileIsReplacedOnlyWithConsent() throws Exception {
        ArticleDocument d = edited("r.md", "---\ntitle: R\n---\nx\n");
        Files.setPosixFilePermissions(d.path(), PosixFilePermissions.fromString("r--r--r--"));
        dialogs.answer(false);
        assertThat(policy(true).save(d)).isFalse();
        assertThat(Files.readString(d.path())).endsWith("x\n");
        dialogs.answer(true);
        assertThat(policy(true).save(d)).isTrue();
        assertThat(Files.readString(d.path())).endsWith("Edited.\n");
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheTextUnsaved() throws Exception {
        ArticleDocument d = edited("f.md", "---\ntitle: F\n---\nx\n");
        d.useWriter((file, bytes) -> {
            throw new FileSystemException(file.toString(), null, "No space left on device");
        });
        assertThat(policy(true).save(d)).isFalse();
        assertThat(dialogs.asked)
                .singleElement()
                .asString()
                .contains("Could not save f.md", "No space left on device", "still unsaved");
        assertThat(d.isDirty()).isTrue();
        policy(true).saveQuietly(d);
        assertThat(status).singleElement().asString().startsWith("Automatic save failed");
    }

    @Test
    void quietSavesNeverAskAndLeaveAChangedFileAlone() throws Exception {
        ArticleDocument d = edited("q.md", "---\ntitle: Q\n---\nx\n");
        Files.writeString(d.path(), "---\ntitle: Changed elsewhere\n---\n");
        policy(true).saveQuietly(d);
        assertThat(Files.readString(d.path())).contains("Changed elsewhere");
        assertThat(status).singleElement().asString().contains("changed on disk");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void unsavedChangesAreSavedDiscardedOrKept() throws Exception {
        ArticleDocument d = edited("u.md", "---\ntitle: U\n---\nx\n");
        List<String> did = new ArrayList<>();
        SavePolicy p = policy(true);
        dialogs.answer(UnsavedAnswer.CANCEL, UnsavedAnswer.DISCARD, UnsavedAnswer.SAVE);
        assertThat(p.confirmDiscard(
                        d,
                        x -> {
                            did.add("save");
                            return false;
                        },
                        () -> did.add("discard")))
                .isFalse();
        assertThat(p.confirmDiscard(
                        d,
                        x -> {
                            did.add("save");
                            return true;
                        },
                        () -> did.add("discard")))
                .isTrue();
        assertThat(p.confirmDiscard(
                        d,
                        x -> {
                            did.add("save");
                            return false;
                        },
                        () -> did.add("discard")))
                .isFalse();
        assertThat(did).containsExactly("discard", "save");
        d.save();
        assertThat(p.confirmDiscard(d, x -> false, () -> {}))
                .as("nothing unsaved: no question")
                .isTrue();
        assertThat(dialogs.asked).hasSize(3);
    }

    @Test
    void closingAllAsksOnceForEveryUnsavedArticle() throws Exception {
        ArticleDocument a = edited("a.md", "---\ntitle: A\n---\nA\n");
        ArticleDocument b = edited("b.md", "---\ntitle: B\n---\nB\n");
        ArticleDocument clean = ArticleDocument.open(Files.writeString(dir.resolve("c.md"), "C\n"));
        SavePolicy p = policy(true);
        List<String> did = new ArrayList<>();
        dialogs.answer(UnsavedAnswer.CANCEL, UnsavedAnswer.SAVE, UnsavedAnswer.DISCARD);
        var all = List.of(a, clean, b);
        assertThat(p.confirmDiscardAll(all, x -> did.add("save " + x.path().getFileName()), x -> did.add("drop")))
                .isFalse();
        assertThat(p.confirmDiscardAll(
                        all,
                        x -> {
                            did.add("save " + x.path().getFileName());
                            return !x.path().endsWith("a.md");
                        },
                        x -> did.add("drop")))
                .as("Save All stops at the first article that stays unsaved")
                .isFalse();
        assertThat(p.confirmDiscardAll(
                        all, x -> true, x -> did.add("drop " + x.path().getFileName())))
                .isTrue();
        assertThat(did).containsExactly("save a.md", "drop a.md", "drop b.md");
        assertThat(dialogs.asked).containsOnly("unsaved all a.md, b.md");

        dialogs.answer(UnsavedAnswer.SAVE);
        assertThat(p.confirmDiscardAll(List.of(clean, b), x -> true, x -> {})).isTrue();
        assertThat(dialogs.asked)
                .as("one unsaved article: the usual question")
                .last()
                .isEqualTo("unsaved b.md");
    }
}
