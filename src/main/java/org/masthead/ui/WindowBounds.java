package org.masthead.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
    private final List<Pane> panes = new ArrayList<>();
    /** Where the dividers start, for the usual sets of panes: at 900 px the editor keeps room for its find bar. */
    private static final Map<String, double[]> DEFAULT_DIVIDERS = Map.of(
            "form+editor+outputs", new double[] {0.25, 0.64},
            "site+form+editor+outputs", new double[] {0.26, 0.46, 0.73},
            "site+editor+outputs", new double[] {0.25, 0.64},
            "editor+outputs", new double[] {0.5});

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
    }

    /** A pane of the split, by name; hidden ones are taken out of it. */
    record Pane(String name, Node node, boolean shownAtFirst) {}

    /** The split's panes in their order; each shows as the writer left it (a pane hidden for lack of room stays so). */
    void panes(List<Pane> all) {
        panes.clear();
        panes.addAll(all);
        layOut();
    }

    boolean isShown(String name) {
        return panes.stream()
                .filter(p -> p.name().equals(name))
                .anyMatch(p -> prefs.getFlag("pane." + name + ".shown", p.shownAtFirst()));
    }

    /** Shows or hides a pane; each set of shown panes keeps its own dividers where the writer left them. */
    void show(String name, boolean shown) {
        if (isShown(name) == shown) return;
        storeDividers();
        prefs.putFlag("pane." + name + ".shown", shown);
        layOut();
    }

    private void layOut() {
        List<Node> nodes =
                panes.stream().filter(p -> isShown(p.name())).map(Pane::node).toList();
        if (!split.getItems().equals(nodes)) split.getItems().setAll(nodes);
        restoreDividers();
    }

    private String layoutKey() {
        return panes.stream().filter(p -> isShown(p.name())).map(Pane::name).collect(Collectors.joining("+"));
    }

    private void restoreDividers() {
        int n = split.getItems().size() - 1;
        if (n <= 0) return;
        double[] d = new double[n];
        double[] fallback = DEFAULT_DIVIDERS.getOrDefault(layoutKey(), evenly(n));
        for (int i = 0; i < n; i++) d[i] = prefs.get("dividers." + layoutKey() + "." + i, fallback[i]);
        split.setDividerPositions(d);
    }

    private void storeDividers() {
        double[] d = split.getDividerPositions();
        if (d.length != split.getItems().size() - 1) return;
        for (int i = 0; i < d.length; i++) prefs.put("dividers." + layoutKey() + "." + i, d[i]);
    }

    private static double[] evenly(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = (i + 1.0) / (n + 1);
        return d;
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
        storeDividers();
        prefs.flush();
    }
}
