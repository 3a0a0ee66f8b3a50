package org.masthead.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.masthead.document.Dialogs.DraftChoice;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;
import org.masthead.source.IoMessages;

/**
 * After a crash: each draft left behind is offered, to restore, to compare with the file on disk,
 * or to discard; "Later" keeps them all for the next start. At most one is restored, since the
 * window shows one article. A draft is deleted only when the writer says so.
 */
public final class RecoveryPolicy {
    /** Where the drafts are; the recovery folder in the app. */
    public interface Drafts {
        List<Draft> orphans() throws IOException;

        void discard(Draft draft) throws IOException;

        static Drafts of(RecoveryStore store) {
            return new Drafts() {
                @Override
                public List<Draft> orphans() throws IOException {
                    return store.orphans();
                }

                @Override
                public void discard(Draft draft) throws IOException {
                    store.discard(draft);
                }
            };
        }
    }

    private final Dialogs dialogs;
    private final Consumer<String> problems;

    /** @param problems where failures go (the status bar); none of them loses a draft */
    public RecoveryPolicy(Dialogs dialogs, Consumer<String> problems) {
        this.dialogs = dialogs;
        this.problems = problems;
    }

    /** Asks about the orphaned drafts, if there are any; returns the one to open unsaved. */
    public Optional<Draft> offer(Drafts store) {
        List<Draft> drafts;
        try {
            drafts = store.orphans();
        } catch (IOException e) {
            problems.accept("Could not look for recovered drafts: " + IoMessages.describe(e));
            return Optional.empty();
        }
        while (!drafts.isEmpty()) {
            DraftChoice choice = dialogs.recoveredDrafts(drafts);
            if (choice == null || choice.draft() == null) return Optional.empty();
            Draft chosen = choice.draft();
            switch (choice.action()) {
                case LATER -> {
                    return Optional.empty();
                }
                case RESTORE -> {
                    return Optional.of(chosen);
                }
                case COMPARE -> compare(chosen);
                case DISCARD -> {
                    try {
                        store.discard(chosen);
                    } catch (IOException e) {
                        problems.accept("Could not discard the draft: " + IoMessages.describe(e));
                        return Optional.empty();
                    }
                    drafts = drafts.stream().filter(d -> d != chosen).toList();
                }
            }
        }
        return Optional.empty();
    }

    private void compare(Draft d) {
        String onDisk;
        String name = "the file";
        Optional<Path> article = d.article();
        if (article.isPresent() && Files.isRegularFile(article.get())) {
            try {
                onDisk = new String(Files.readAllBytes(article.get()), d.charset());
                name = article.get().getFileName().toString();
            } catch (IOException e) {
                onDisk = "(cannot read the file: " + IoMessages.describe(e) + ")";
            }
        } else {
            onDisk = article.isPresent() ? "(the file is no longer there)" : "(never saved)";
        }
        dialogs.compareDraft(d, name, onDisk);
    }
}
