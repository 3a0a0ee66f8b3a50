package org.masthead.ui.help;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The Help menu's windows: keyboard shortcuts, the guide, About. */
public final class HelpDialogs {
    private final Window owner;
    private final Consumer<String> browser;
    private final ObservableBooleanValue dark;
    private Alert guide;

    /**
     * @param browser where the guide's links go (the system browser in the app)
     * @param dark    whether the window is in its dark theme: the guide's page follows it
     */
    public HelpDialogs(Window owner, Consumer<String> browser, ObservableBooleanValue dark) {
        this.owner = owner;
        this.browser = browser;
        this.dark = dark;
    }

    /** Every shortcut, by menu, then the editor's own keys. */
    public void showShortcuts(List<Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-grid");
        grid.getStyleClass().add("shortcuts-grid");
        grid.getColumnConstraints().setAll(new ColumnConstraints(150), new ColumnConstraints());
        String section = null;
        int row = 0;
        for (Shortcut s : shortcuts) {
            if (!s.section().equals(section)) {
                section = s.section();
                Label heading = new Label(section);
                heading.getStyleClass().add("shortcut-section");
                grid.add(heading, 0, row++, 2, 1);
            }
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            Label action = new Label(s.action());
            action.setMnemonicParsing(false);
            grid.addRow(row++, keys, action);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(480, 460);
        Alert a = dialog("Keyboard Shortcuts", "shortcuts-dialog");
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setContent(scroll);
        a.showAndWait();
    }

    /** The guide beside the window (not modal, so the writer can follow it while working). */
    public void showGuide() {
        if (guide != null && guide.isShowing()) {
            ((javafx.stage.Stage) guide.getDialogPane().getScene().getWindow()).toFront();
            return;
        }
        GuideView view = new GuideView(browser);
        view.setPrefSize(820, 600);
        guide = dialog("Masthead Guide", "guide-dialog");
        guide.initModality(Modality.NONE);
        guide.setHeaderText(null);
        guide.setGraphic(null);
        guide.getDialogPane().setContent(view);
        ChangeListener<Boolean> follow = (o, was, now) -> view.setDark(now);
        view.setDark(dark.get());
        dark.addListener(follow);
        guide.setOnHidden(e -> {
            dark.removeListener(follow);
            view.dispose();
        });
        guide.show();
    }

    public void showAbout() {
        Alert a = dialog("About Masthead", "about-dialog");
        a.setHeaderText(null);
        a.getDialogPane().setContent(AboutPane.of(AboutInfo.current(), BundledLibraries.entries()));
        a.showAndWait();
    }

    private Alert dialog(String title, String id) {
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.initOwner(owner);
        a.setTitle(title);
        a.setResizable(true);
        DialogPane pane = a.getDialogPane();
        pane.setId(id);
        pane.getStylesheets()
                .add(Objects.requireNonNull(HelpDialogs.class.getResource("/org/masthead/ui/masthead.css"))
                        .toExternalForm());
        return a;
    }
}
