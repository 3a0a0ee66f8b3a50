package org.masthead.ui.files;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.masthead.document.Dialogs.DraftAction;
import org.masthead.document.Dialogs.DraftChoice;
import org.masthead.document.RecoveryPolicy;
import org.masthead.recovery.Draft;
import org.masthead.recovery.RecoveryStore;

/**
 * The dialog that offers drafts a crash left behind; what follows each answer is decided by
 * {@link RecoveryPolicy}.
 */
public final class RecoveryOffer {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType COMPARE = new ButtonType("Compare with File…", ButtonBar.ButtonData.OTHER);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
    public static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    private RecoveryOffer() {}

    /**
     * Asks about each orphaned draft; {@code restore} opens the chosen one (at most one: the window shows one article).
     */
    public static void offer(Window owner, RecoveryStore store, Consumer<Draft> restore, Consumer<String> problems) {
        new RecoveryPolicy(new FxDialogs(owner), problems)
                .offer(RecoveryPolicy.Drafts.of(store))
                .ifPresent(restore);
    }

    /** The question itself: which draft, and what to do with it. */
    static DraftChoice ask(Window owner, List<Draft> drafts) {
        ListView<Draft> list = new ListView<>();
        list.setId("recovery-list");
        list.setPrefSize(640, 160);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Draft d, boolean empty) {
                super.updateItem(d, empty);
                setText(
                        empty || d == null
                                ? null
                                : d.displayName() + "  —  unsaved text from " + WHEN.format(d.written())
                                        + d.article().map(p -> "\n" + p).orElse("\nnever saved"));
            }
        });
        list.getItems().setAll(drafts);
        list.getSelectionModel().selectFirst();
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", RESTORE, COMPARE, DISCARD, LATER);
        a.initOwner(owner);
        a.setTitle("Recovered text");
        a.setHeaderText(
                drafts.size() == 1
                        ? "Masthead stopped before this text was saved."
                        : "Masthead stopped before these texts were saved.");
        Label hint =
                new Label("Restore opens it unsaved, so you can look and then save; the file on disk stays as it is "
                        + "until you do.");
        hint.setWrapText(true);
        a.getDialogPane().setContent(new VBox(8, list, hint));
        a.getDialogPane().setId("recovery-dialog");
        Optional<ButtonType> answer = a.showAndWait();
        Draft chosen = list.getSelectionModel().getSelectedItem();
        if (answer.isEmpty() || answer.get() == LATER || chosen == null) return DraftChoice.LATER;
        if (answer.get() == COMPARE) return new DraftChoice(DraftAction.COMPARE, chosen);
        if (answer.get() == DISCARD) return new DraftChoice(DraftAction.DISCARD, chosen);
        return new DraftChoice(DraftAction.RESTORE, chosen);
    }
}
