package org.masthead.document;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.masthead.document.Dialogs.DraftAction;
import org.masthead.document.Dialogs.DraftChoice;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;

import static org.assertj.core.api.Assertions.assertThat;

/** Every branch of offering the drafts a crash left behind, without a window. */
class RecoveryPolicyTest {
    @TempDir
    Path dir;

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final List<String> problems = new ArrayList<>();
    final RecoveryPolicy policy = new RecoveryPolicy(dialogs, problems::add);

    /** Drafts in a list; discarding deletes the draft's file, as the store does. */
    final class ListedDrafts implements RecoveryPolicy.Drafts {
        final List<Draft> drafts = new ArrayList<>();
        final List<Draft> discarded = new ArrayList<>();
        IOException failListing;
        IOException failDiscard;

        @Override
        public List<Draft> orphans() throws IOException {
            if (failListing != null) throw failListing;
            return List.copyOf(drafts);
        }

        @Override
        public void discard(Draft d) throws IOException {
            if (failDiscard != null) throw failDiscard;
            Files.deleteIfExists(d.file());
            discarded.add(d);
        }
    }

    final ListedDrafts store = new ListedDrafts();

    private Draft draft(String name, Path article, Charset charset, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name + ".draft"), text);
        Draft d = new Draft(
                file,
                Optional.ofNullable(article),
                "1:2:gone",
                Instant.parse("2026-03-04T05:06:07Z"),
                charset,
                false,
                text);
        store.drafts.add(d);
        return d;
    }

    private Draft draft(String name, String text) throws IOException {
        return draft(name, dir.resolve(name + ".md"), StandardCharsets.UTF_8, text);
    }

    @Test
    void noDraftsAsksNothing() {
        assertThat(policy.offer(store)).isEmpty();
        assertThat(dialogs.asked).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void aFolderThatCannotBeListedIsReportedAndNothingAsked() {
        store.failListing = new AccessDeniedException("/recovery");
        assertThat(policy.offer(store)).isEmpty();
        assertThat(dialogs.asked).isEmpty();
        assertThat(problems).containsExactly("Could not look for recovered drafts: /recovery: permission denied");
    }

    @Test
    void laterKeepsEveryDraft() throws IOException {
        Draft a = draft("tides", "Tides text.");
        Draft b = draft("reefs", "Reefs text.");
        dialogs.answer(DraftChoice.LATER);
        assertThat(policy.offer(store)).isEmpty();
        assertThat(dialogs.asked).containsExactly("drafts tides.md, reefs.md");
        assertThat(a.file()).exists();
        assertThat(b.file()).exists();
        assertThat(store.discarded).isEmpty();
    }

    @Test
    void anAnswerWithoutADraftIsLater() throws IOException {
        Draft a = draft("tides", "Tides text.");
        dialogs.answer(new DraftChoice(DraftAction.DISCARD, null));
        assertThat(policy.offer(store)).isEmpty();
        assertThat(a.file()).exists();
        assertThat(store.discarded).isEmpty();
    }

    @Test
    void restoreGivesTheChosenDraftAndKeepsItsFile() throws IOException {
        draft("tides", "Tides text.");
        Draft b = draft("reefs", "Reefs text.");
        dialogs.answer(new DraftChoice(DraftAction.RESTORE, b));
        assertThat(policy.offer(store)).containsSame(b);
        assertThat(b.file()).exists();
        assertThat(dialogs.asked).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "latin1", "missing", "never saved", "folder"})
    void compareShowsWhatIsOnDiskThenAsksAgain(String onDisk) throws IOException {
        Path article = dir.resolve("tides.md");
        Charset cs = StandardCharsets.UTF_8;
        String expected =
                switch (onDisk) {
                    case "file" -> {
                        Files.writeString(article, "Saved tides.\n");
                        yield "tides.md: Saved tides.\n";
                    }
                    case "latin1" -> {
                        cs = StandardCharsets.ISO_8859_1;
                        Files.write(article, "Marée basse.\n".getBytes(cs));
                        yield "tides.md: Marée basse.\n";
                    }
                    case "missing" -> "the file: (the file is no longer there)";
                    case "never saved" -> {
                        article = null;
                        yield "the file: (never saved)";
                    }
                    default -> {
                        Files.createDirectories(article);
                        yield "the file: (the file is no longer there)";
                    }
                };
        Draft d = draft("tides", article, cs, "Unsaved tides.");
        dialogs.answer(new DraftChoice(DraftAction.COMPARE, d), new DraftChoice(DraftAction.RESTORE, d));
        assertThat(policy.offer(store)).containsSame(d);
        String name = article == null ? "Untitled article" : "tides.md";
        assertThat(dialogs.asked)
                .containsExactly("drafts " + name, "compare " + name + " with " + expected, "drafts " + name);
    }

    @Test
    void discardingOneAsksAboutTheOthers() throws IOException {
        Draft a = draft("tides", "Tides text.");
        Draft b = draft("reefs", "Reefs text.");
        dialogs.answer(new DraftChoice(DraftAction.DISCARD, a), DraftChoice.LATER);
        assertThat(policy.offer(store)).isEmpty();
        assertThat(a.file()).doesNotExist();
        assertThat(b.file()).exists();
        assertThat(dialogs.asked).containsExactly("drafts tides.md, reefs.md", "drafts reefs.md");
    }

    @Test
    void discardingEveryDraftEndsTheQuestions() throws IOException {
        Draft a = draft("tides", "Tides text.");
        Draft b = draft("reefs", "Reefs text.");
        dialogs.answer(new DraftChoice(DraftAction.DISCARD, b), new DraftChoice(DraftAction.DISCARD, a));
        assertThat(policy.offer(store)).isEmpty();
        assertThat(store.discarded).containsExactly(b, a);
        assertThat(dialogs.asked).hasSize(2);
    }

    @Test
    void aDiscardThatFailsIsReportedAndTheDraftKept() throws IOException {
        Draft a = draft("tides", "Tides text.");
        draft("reefs", "Reefs text.");
        store.failDiscard = new AccessDeniedException(a.file().toString());
        dialogs.answer(new DraftChoice(DraftAction.DISCARD, a));
        assertThat(policy.offer(store)).isEmpty();
        assertThat(a.file()).exists();
        assertThat(problems).containsExactly("Could not discard the draft: " + a.file() + ": permission denied");
        assertThat(dialogs.asked).hasSize(1);
    }

    @Test
    void theRecoveryFolderOffersTheDraftsOfAStoppedInstance() throws IOException {
        Path folder = dir.resolve("recovery");
        Path article = Files.writeString(dir.resolve("bread.md"), "Old bread.\n");
        RecoveryStore crashed = new RecoveryStore(folder);
        crashed.write(crashed.keyFor(article), article, "New bread.\n", StandardCharsets.UTF_8, false);
        crashed.abandon();
        RecoveryStore next = new RecoveryStore(folder);
        Function<List<Draft>, DraftChoice> discardFirst = drafts -> new DraftChoice(DraftAction.DISCARD, drafts.get(0));
        dialogs.answer(discardFirst);
        assertThat(policy.offer(RecoveryPolicy.Drafts.of(next))).isEmpty();
        assertThat(dialogs.asked).containsExactly("drafts bread.md");
        assertThat(next.orphans()).isEmpty();
        assertThat(article).hasContent("Old bread.");
    }
}
