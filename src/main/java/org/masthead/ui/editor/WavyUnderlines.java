package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.StyleSpan;

/**
 * Wavy lines under the text of one style class, as spell checkers draw them (RichTextFX draws only
 * straight or dashed underlines). A pane over the area, redrawn after the layout of a frame in which
 * the text, its styles or the scroll position changed, from the styles of the paragraphs on screen:
 * the marks move with the text as it is typed, before the words are checked again.
 *
 * <p>Each paragraph's marks are a path of their own, measured once for the paragraph's text, styles
 * and width and then only moved: asking the area for a range's bounds is slow (it adds a shape to
 * the paragraph and takes it away), and a path that does not change is not painted again, so a key
 * typed measures and repaints the marks of its own paragraph only.
 */
final class WavyUnderlines extends Pane {
    private static final double STEP = 2;
    private final CodeArea area;
    private final String styleClass;
    private boolean dirty = true;
    private final Runnable afterLayout = this::redrawIfDirty;
    /** Each paragraph on screen with marks, and its path (a paragraph is a new object once it changes). */
    private Map<Paragraph<?, ?, ?>, Path> shown = new IdentityHashMap<>();

    private double measuredWidth;
    /** The paths drawn last, by paragraph index: while a paragraph is typed in, its old marks stay. */
    private Map<Integer, Path> byIndex = new HashMap<>();
    /** Paragraphs shown with their old marks while typed in, measured when typing pauses. */
    private final Set<Paragraph<?, ?, ?>> stale = Collections.newSetFromMap(new IdentityHashMap<>());

    private final PauseTransition settle = new PauseTransition(Duration.millis(80));
    private boolean editing;

    WavyUnderlines(CodeArea area, String styleClass) {
        this.area = area;
        this.styleClass = styleClass;
        setMouseTransparent(true);
        setManaged(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        area.richChanges().subscribe(c -> {
            dirty = true;
            editing = true;
            settle.playFromStart();
        });
        settle.setOnFinished(e -> {
            editing = false;
            for (Paragraph<?, ?, ?> p : stale) shown.remove(p);
            stale.clear();
            invalidate();
        });
        area.estimatedScrollYProperty().addListener((o, a, b) -> dirty = true);
        area.widthProperty().addListener((o, a, b) -> dirty = true);
        // A font or zoom change moves the words of paragraphs that are otherwise the same.
        area.styleProperty().addListener((o, a, b) -> forget());
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(afterLayout);
            if (scene != null) scene.addPostLayoutPulseListener(afterLayout);
        });
    }

    /** The styles changed (the words were checked): draw again after the next layout. */
    void invalidate() {
        dirty = true;
        Scene s = getScene();
        if (s != null) Platform.requestNextPulse();
    }

    /** How many words are underlined now (tests read it). */
    int count() {
        return (int) getChildren().stream()
                .flatMap(n -> ((Path) n).getElements().stream())
                .filter(e -> e instanceof MoveTo)
                .count();
    }

    private void forget() {
        shown.clear();
        byIndex.clear();
        stale.clear();
        getChildren().clear();
        dirty = true;
    }

    private void redrawIfDirty() {
        if (!dirty) return;
        if (area.getWidth() != measuredWidth) {
            forget();
            measuredWidth = area.getWidth();
        }
        dirty = false;
        Map<Paragraph<?, ?, ?>, Path> next = new IdentityHashMap<>();
        Map<Integer, Path> nextByIndex = new HashMap<>();
        List<Node> order = new ArrayList<>();
        if (!area.getVisibleParagraphs().isEmpty()) {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            for (int p = first; p <= last && p < area.getParagraphs().size(); p++) {
                Paragraph<?, ?, ?> paragraph = area.getParagraph(p);
                if (next.containsKey(paragraph) || !marked(paragraph)) continue;
                Optional<Bounds> box = area.getParagraphBoundsOnScreen(p);
                Point2D origin =
                        box.map(b -> screenToLocal(b.getMinX(), b.getMinY())).orElse(null);
                if (origin == null) continue;
                Path path = shown.get(paragraph);
                if (path == null && editing && p == area.getCurrentParagraph()) {
                    // Measuring a paragraph costs a few milliseconds of the key's time: between keys
                    // the typed paragraph keeps its marks where they were.
                    path = byIndex.get(p);
                    if (path != null) stale.add(paragraph);
                }
                if (path == null) path = measure(p, box.get());
                // Its coordinates are from the box's corner: the layout position is that corner.
                path.setLayoutX(origin.getX());
                path.setLayoutY(origin.getY());
                next.put(paragraph, path);
                nextByIndex.put(p, path);
                order.add(path);
            }
        }
        getChildren().retainAll(order);
        for (Node n : order) if (n.getParent() != this) getChildren().add(n);
        shown = next;
        byIndex = nextByIndex;
    }

    private boolean marked(Paragraph<?, ?, ?> paragraph) {
        for (var span : paragraph.getStyleSpans())
            if (span.getStyle() instanceof Collection<?> c && c.contains(styleClass)) return true;
        return false;
    }

    /** A paragraph's marks as a path drawn from its box's top-left corner. */
    private Path measure(int p, Bounds box) {
        List<PathElement> waves = new ArrayList<>();
        int at = area.getAbsolutePosition(p, 0);
        for (StyleSpan<Collection<String>> span : area.getParagraph(p).getStyleSpans()) {
            if (span.getStyle().contains(styleClass)) {
                area.getCharacterBoundsOnScreen(at, at + span.getLength())
                        .ifPresent(b -> wave(
                                b.getMinX() - box.getMinX(),
                                b.getMaxX() - box.getMinX(),
                                b.getMaxY() - box.getMinY(),
                                waves));
            }
            at += span.getLength();
        }
        Path path = new Path(waves);
        path.getStyleClass().add("spell-wave");
        path.setManaged(false);
        return path;
    }

    private static void wave(double minX, double maxX, double bottom, List<PathElement> out) {
        double y = bottom - 1.5;
        out.add(new MoveTo(minX, y));
        boolean up = true;
        for (double x = minX + STEP; x <= maxX; x += STEP) {
            out.add(new LineTo(x, up ? y - 1.5 : y));
            up = !up;
        }
    }
}
