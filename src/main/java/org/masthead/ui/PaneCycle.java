package org.masthead.ui;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.Node;

/**
 * F6 and Shift+F6: the keyboard's way from pane to pane (form → editor → output tabs → Checks list),
 * as in other desktop editors, so the window is usable without a mouse. A pane not shown is skipped.
 */
final class PaneCycle {
    /** A pane: the node that holds it, and how to put the focus in it. */
    record Pane(Supplier<Node> root, Runnable focus) {}

    private final List<Pane> panes;

    PaneCycle(List<Pane> panes) {
        this.panes = List.copyOf(panes);
    }

    /** Moves the focus from the pane holding {@code focus} to the next (or previous) shown one. */
    void move(Node focus, boolean forward) {
        int n = panes.size();
        int current = current(focus);
        for (int step = 1; step <= n; step++) {
            int i = Math.floorMod((current < 0 ? (forward ? -1 : 0) : current) + (forward ? step : -step), n);
            Node root = panes.get(i).root().get();
            if (root != null && shown(root)) {
                panes.get(i).focus().run();
                return;
            }
        }
    }

    /** The innermost pane holding the node (the Checks list lies inside the output tabs). */
    private int current(Node focus) {
        for (int i = panes.size() - 1; i >= 0; i--) {
            Node root = panes.get(i).root().get();
            for (Node n = focus; n != null && root != null; n = n.getParent()) if (n == root) return i;
        }
        return -1;
    }

    /** A pane taken out of the window (the form, hidden from the View menu) has no scene. */
    private static boolean shown(Node node) {
        return node.getScene() != null && node.isVisible();
    }
}
