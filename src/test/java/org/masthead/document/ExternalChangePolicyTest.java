package org.masthead.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.document.Dialogs.ConflictAnswer;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;

import static org.assertj.core.api.Assertions.assertThat;

/** Every branch of what happens when another program changes the file, without a window. */
class ExternalChangePolicyTest {
    @TempDir
    Path dir;

    Path file;
    ArticleDocument doc;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<ArticleDocument> reloaded = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    ExternalChangePolicy policy;

    @BeforeEach
    void open() throws Exception {
        file = Files.writeString(dir.resolve("a.md"), "---\ntitle: Mine\n---\n\nBody.\n");
        doc = ArticleDocument.open(file);
        policy = new ExternalChangePolicy(dialogs, reloaded::add, messages::add);
    }

    @Test
    void nothingChangedAsksNothing() {
        policy.check(doc);
        assertThat(policy.mayOverwrite(doc)).isTrue();
        assertThat(dialogs.asked).isEmpty();
        assertThat(reloaded).isEmpty();
    }

    @Test
    void theSameTextWrittenAgainIsAcceptedSilently() throws Exception {
        doc.setBody("\nEdited.\n");
        Files.writeString(file, doc.article().text());
        policy.check(doc);
        assertThat(dialogs.asked).isEmpty();
        assertThat(doc.disk().newer()).isEmpty();
    }

    @Test
    void withoutUnsavedChangesTheNewVersionIsShown() throws Exception {
        Files.writeString(file, "---\ntitle: Theirs\n---\n\nBody.\n");
        policy.check(doc);
        assertThat(reloaded)
                .singleElement()
                .satisfies(d -> assertThat(d.article().text()).contains("Theirs"));
        assertThat(messages).anyMatch(m -> m.startsWith("Reloaded a.md"));
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void withUnsavedChangesTheWriterChooses() throws Exception {
        doc.setBody("\nMy words.\n");
        Files.writeString(file, "---\ntitle: Theirs\n---\n\nBody.\n");
        dialogs.answer(ConflictAnswer.KEEP_MINE);
        policy.check(doc);
        assertThat(dialogs.asked).containsExactly("fileChanged a.md");
        assertThat(doc.disk().newer())
                .as("their version accepted as the one to replace")
                .isEmpty();
        assertThat(doc.article().text()).contains("My words.");

        Files.writeString(file, "---\ntitle: Theirs again\n---\n");
        dialogs.answer(ConflictAnswer.TAKE_THEIRS);
        policy.check(doc);
        assertThat(reloaded)
                .singleElement()
                .satisfies(d -> assertThat(d.article().text()).contains("Theirs again"));

        dialogs.answer(ConflictAnswer.CANCEL);
        assertThat(policy.mayOverwrite(doc)).isFalse();
        dialogs.answer(ConflictAnswer.KEEP_MINE);
        assertThat(policy.mayOverwrite(doc)).isTrue();
    }

    @Test
    void aDeletedFileKeepsTheTextAndCountsAsUnsaved() throws Exception {
        Files.delete(file);
        policy.check(doc);
        policy.check(doc);
        assertThat(doc.disk().isMissing()).isTrue();
        assertThat(doc.isDirty()).isTrue();
        assertThat(messages).hasSize(1).allMatch(m -> m.contains("was deleted or moved"));
        doc.save();
        assertThat(doc.disk().isMissing()).isFalse();
        assertThat(Files.readString(file)).contains("title: Mine");
    }

    @Test
    void anUnreadableNewVersionIsReportedNotThrown() throws Exception {
        // A folder where the file was: reading it fails.
        Files.delete(file);
        Files.createDirectory(file);
        doc.setBody("\nMine.\n");
        policy.check(doc);
        assertThat(messages).singleElement().asString().startsWith("Could not read a.md again");
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void untitledDocumentsAreNotWatched() {
        ArticleDocument untitled = ArticleDocument.untitled(BuiltInSchemas.ARTICLE, SiteProfile.defaults(dir));
        policy.check(untitled);
        policy.check(null);
        assertThat(dialogs.asked).isEmpty();
    }
}
