package org.masthead.document;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.masthead.source.IoMessages;
import org.masthead.source.ReadOnlyFileException;

/**
 * Saving an article that has a file, with the questions a writer expects: the file changed on
 * disk (asked through {@code mayOverwrite}), another encoding (keep it byte for byte, or convert;
 * asked once per document while the text fits), a read-only file (replace it anyway?), a change
 * by another program between the question and the write (asked again). A failed save says why
 * and keeps the text unsaved. Also the quiet save after a pause, and the question before
 * unsaved changes are lost.
 */
public final class SavePolicy {
    private static final int RETRIES = 3;
    private final Dialogs dialogs;
    private final Predicate<ArticleDocument> mayOverwrite;
    private final Consumer<String> status;
    /** Documents whose writer chose to keep their own encoding: asked once, not at every save. */
    private final Set<ArticleDocument> keptEncoding = Collections.newSetFromMap(new WeakHashMap<>());

    /**
     * @param mayOverwrite asked before a save whether the file on disk may be replaced
     * @param status       where quiet saves report
     */
    public SavePolicy(Dialogs dialogs, Predicate<ArticleDocument> mayOverwrite, Consumer<String> status) {
        this.dialogs = dialogs;
        this.mayOverwrite = mayOverwrite;
        this.status = status;
    }

    /** Saves a document that has a file; false if the text is still unsaved. */
    public boolean save(ArticleDocument doc) {
        return save(doc, false, 0);
    }

    private boolean save(ArticleDocument doc, boolean overwriteReadOnly, int retries) {
        if (!mayOverwrite.test(doc) || !encodingSettled(doc)) return false;
        String name = doc.article().displayName();
        try {
            doc.save(overwriteReadOnly);
            return true;
        } catch (ChangedOnDiskException e) {
            // Written by another program after the question: ask again with its new text.
            if (retries < RETRIES) return save(doc, overwriteReadOnly, retries + 1);
            dialogs.error("Could not save " + name, e.getMessage() + "\n\nYour text is still here and still unsaved.");
            return false;
        } catch (ReadOnlyFileException e) {
            return !overwriteReadOnly && dialogs.replaceReadOnly(name) && save(doc, true, retries);
        } catch (IOException e) {
            dialogs.error(
                    "Could not save " + name,
                    IoMessages.describe(e)
                            + "\n\nYour text is still here and still unsaved. Try Save As… to keep it somewhere else.");
            return false;
        }
    }

    /**
     * The automatic save after a pause: no questions. It leaves the file alone when that would need
     * one (the file changed on disk, or is not UTF-8) and reports a failure in the status bar.
     */
    public void saveQuietly(ArticleDocument doc) {
        if (doc.isUntitled() || !doc.isDirty() || !doc.article().isUtf8()) return;
        try {
            if (doc.disk().newer().isPresent()) {
                status.accept("Not saved automatically: " + doc.article().displayName() + " changed on disk.");
                return;
            }
            doc.save();
        } catch (IOException e) {
            status.accept("Automatic save failed: " + IoMessages.describe(e) + ". Your text is kept, unsaved.");
        }
    }

    /**
     * Asks before unsaved changes are lost; true if it is fine to go on.
     *
     * @param save      saves the document (Save As for an untitled one); false if it stayed unsaved
     * @param onDiscard runs when the writer chooses not to keep the changes
     */
    public boolean confirmDiscard(ArticleDocument doc, Predicate<ArticleDocument> save, Runnable onDiscard) {
        if (doc == null || !doc.isDirty()) return true;
        return switch (dialogs.unsavedChanges(doc.article().displayName())) {
            case SAVE -> save.test(doc);
            case DISCARD -> {
                onDiscard.run();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Asks once before the unsaved changes of several articles would be lost (the window closes):
     * one article gets the question above; more get a list with Save All, Don't Save and Cancel.
     * Save All stops at the first article that stays unsaved, and the window stays.
     */
    public boolean confirmDiscardAll(
            List<ArticleDocument> docs, Predicate<ArticleDocument> save, Consumer<ArticleDocument> onDiscard) {
        List<ArticleDocument> dirty =
                docs.stream().filter(ArticleDocument::isDirty).toList();
        if (dirty.size() <= 1)
            return dirty.isEmpty() || confirmDiscard(dirty.get(0), save, () -> onDiscard.accept(dirty.get(0)));
        var names = dirty.stream().map(d -> d.article().displayName()).toList();
        return switch (dialogs.unsavedArticles(names)) {
            case SAVE -> dirty.stream().allMatch(save);
            case DISCARD -> {
                dirty.forEach(onDiscard);
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * A file that was not UTF-8 is saved in its own encoding or converted, as the writer chooses,
     * never with characters silently replaced.
     */
    private boolean encodingSettled(ArticleDocument doc) {
        boolean fits = doc.article().canEncode();
        if (doc.article().isUtf8() || (keptEncoding.contains(doc) && fits)) return true;
        Dialogs.EncodingAnswer answer = dialogs.encoding(
                doc.article().displayName(), doc.article().charset().displayName(), fits);
        if (answer == Dialogs.EncodingAnswer.CONVERT) doc.convertToUtf8();
        if (answer == Dialogs.EncodingAnswer.KEEP && fits) keptEncoding.add(doc);
        return answer == Dialogs.EncodingAnswer.CONVERT || (answer == Dialogs.EncodingAnswer.KEEP && fits);
    }
}
