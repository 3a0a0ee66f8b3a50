package org.masthead.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The window's place, size and pane dividers, kept in the preferences between runs. */
final class WindowBounds {
    private final Stage stage;
    private final SplitPane split;
    private final AppPrefs prefs;

    WindowBounds(Stage stage, SplitPane split, AppPrefs prefs) {
        this.stage = stage;
        this.split = split;
        this.prefs = prefs;
    }

    /** The window's scene at the size it had, with Masthead's stylesheet, placed where it was. */
    Scene scene(Parent root) {
        // Never larger than the screen's free area: on a small screen the window must fit, bars and all.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(prefs.get("window.w", 1500), screen.getWidth());
        double h = Math.min(prefs.get("window.h", 920), screen.getHeight());
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets()
                .add(WindowBounds.class
                        .getResource("/org/masthead/ui/masthead.css")
                        .toExternalForm());
        stage.setScene(scene);
        restore();
        return scene;
    }

    void restore() {
        double x = prefs.get("window.x", Double.NaN), y = prefs.get("window.y", Double.NaN);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (!Double.isNaN(x) && !Double.isNaN(y) && screen.intersects(x, y, 100, 100)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getFlag("window.maximized", false));
        restoreDividers();
    }

    void restoreDividers() {
        split.setDividerPositions(prefs.get("divider.0", 0.25), prefs.get("divider.1", 0.64));
    }

    void storeDividers() {
        double[] d = split.getDividerPositions();
        if (d.length == 2) {
            prefs.put("divider.0", d[0]);
            prefs.put("divider.1", d[1]);
        }
    }

    /** Shows or hides the first pane (the form), keeping the dividers where the writer left them. */
    /** Whether the writer left the first pane (the form) shown; a pane hidden for lack of room stays hidden. */
    boolean firstPaneShown() {
        return prefs.getFlag("form.shown", true);
    }

    void showFirstPane(Node pane, boolean shown) {
        prefs.putFlag("form.shown", shown);
        if (shown && !split.getItems().contains(pane)) {
            split.getItems().add(0, pane);
            restoreDividers();
        } else if (!shown) {
            storeDividers();
            split.getItems().remove(pane);
        }
    }

    /** Keeps where the window is now (before it closes). */
    void store() {
        if (!stage.isMaximized()) {
            prefs.put("window.x", stage.getX());
            prefs.put("window.y", stage.getY());
            prefs.put("window.w", stage.getScene().getWidth());
            prefs.put("window.h", stage.getScene().getHeight());
        }
        prefs.putFlag("window.maximized", stage.isMaximized());
        if (split.getItems().size() == 3) storeDividers();
        prefs.flush();
    }
}
