package org.masthead.ui.files;

import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.masthead.document.ArticleDocument;
import org.masthead.document.Dialogs;
import org.masthead.recovery.Draft;

/** The policies' questions as the window's dialogs (each with an id the window tests look up). */
public final class FxDialogs implements Dialogs {
    // Enter keeps the writer's text: the safe answer is the default one.
    public static final ButtonType KEEP_MINE = new ButtonType("Keep Mine", ButtonBar.ButtonData.YES);
    public static final ButtonType TAKE_THEIRS = new ButtonType("Take Theirs", ButtonBar.ButtonData.NO);
    public static final ButtonType COMPARE = new ButtonType("Compare…", ButtonBar.ButtonData.OTHER);

    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public ConflictAnswer fileChanged(ArticleDocument mine, ArticleDocument theirs) {
        while (true) {
            Alert a = new Alert(Alert.AlertType.WARNING, "", KEEP_MINE, TAKE_THEIRS, COMPARE, ButtonType.CANCEL);
            a.initOwner(owner);
            a.setTitle("File changed on disk");
            a.setHeaderText(
                    mine.article().displayName() + " was changed by another program, and you have unsaved changes.");
            a.setContentText(
                    "Keep Mine keeps your text (saving will replace the file); Take Theirs shows the file's new "
                            + "version and drops your unsaved changes; Compare shows the differences first.");
            a.getDialogPane().setId("disk-conflict-dialog");
            ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == COMPARE) {
                DiffView.show(
                        owner,
                        "Your text and the file",
                        "the file on disk",
                        theirs.article().text(),
                        "your text",
                        mine.article().text());
                continue;
            }
            if (answer == KEEP_MINE) return ConflictAnswer.KEEP_MINE;
            if (answer == TAKE_THEIRS) return ConflictAnswer.TAKE_THEIRS;
            return ConflictAnswer.CANCEL;
        }
    }

    @Override
    public EncodingAnswer encoding(String name, String cs, boolean fits) {
        ButtonType keep = new ButtonType("Keep " + cs, ButtonBar.ButtonData.NO);
        ButtonType convert = new ButtonType("Convert to UTF-8", ButtonBar.ButtonData.YES);
        Alert a = fits
                ? new Alert(Alert.AlertType.CONFIRMATION, "", keep, convert, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, "", convert, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Encoding");
        a.setHeaderText(name + " was read as " + cs + ", not UTF-8.");
        a.setContentText(
                fits
                        ? "Keep " + cs + " to write it as it was, or convert it to UTF-8."
                        : "Your text now holds characters " + cs
                                + " cannot store. Convert the file to UTF-8 to keep them.");
        a.getDialogPane().setId("encoding-dialog");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == convert) return EncodingAnswer.CONVERT;
        return answer == keep ? EncodingAnswer.KEEP : EncodingAnswer.CANCEL;
    }

    @Override
    public UnsavedAnswer unsavedChanges(String name) {
        return switch (UnsavedChanges.ask(owner, name)) {
            case SAVE -> UnsavedAnswer.SAVE;
            case DISCARD -> UnsavedAnswer.DISCARD;
            case CANCEL -> UnsavedAnswer.CANCEL;
        };
    }

    @Override
    public UnsavedAnswer unsavedArticles(List<String> names) {
        return switch (UnsavedChanges.askAll(owner, names)) {
            case SAVE -> UnsavedAnswer.SAVE;
            case DISCARD -> UnsavedAnswer.DISCARD;
            case CANCEL -> UnsavedAnswer.CANCEL;
        };
    }

    @Override
    public boolean replaceReadOnly(String name) {
        ButtonType replace = new ButtonType("Save Anyway", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Read-only file");
        a.setHeaderText(name + " is read-only.");
        a.setContentText("Someone made this file read-only, perhaps on purpose. Save your changes anyway? "
                + "The file stays read-only afterwards.");
        a.getDialogPane().setId("read-only-dialog");
        return a.showAndWait().orElse(ButtonType.CANCEL) == replace;
    }

    @Override
    public boolean removeFollowed(String key, List<String> followers) {
        ButtonType remove = new ButtonType("Remove", ButtonBar.ButtonData.YES);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", remove, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Remove field");
        a.setHeaderText("Remove " + key + "?");
        a.setContentText(String.join(", ", followers) + (followers.size() == 1 ? " follows it and" : " follow it and")
                + " will be emptied too. Edit ▸ Undo brings everything back.");
        a.getDialogPane().setId("remove-followed-dialog");
        return a.showAndWait().orElse(ButtonType.CANCEL) == remove;
    }

    @Override
    public DraftChoice recoveredDrafts(List<Draft> drafts) {
        return RecoveryOffer.ask(owner, drafts);
    }

    @Override
    public void compareDraft(Draft draft, String fileName, String onDisk) {
        DiffView.show(
                owner,
                "Recovered text and the file",
                fileName + " on disk",
                onDisk,
                "the recovered text",
                draft.text());
    }

    @Override
    public void error(String header, String detail) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle("Masthead");
        a.setHeaderText(header);
        a.setContentText(detail);
        a.getDialogPane().setId("error-dialog");
        a.showAndWait();
    }
}
