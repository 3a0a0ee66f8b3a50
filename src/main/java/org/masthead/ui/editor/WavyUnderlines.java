package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.masthead.spell.Misspelt;

/**
 * Wavy lines under marked words, as spell checkers draw them (RichTextFX draws only straight or
 * dashed underlines). A pane over the area, redrawn after the layout of a frame in which the text,
 * its styles, the marks or the scroll position changed, for the paragraphs on screen.
 *
 * <p>Each paragraph's marks are a path of their own, measured once for the paragraph (its text and
 * styles), its marks and the width, and then only moved: asking the area for a range's bounds is
 * slow (it adds a shape to the paragraph and takes it away), and a path that does not change is not
 * painted again. A paragraph being typed in keeps the path drawn at its place, so a key typed
 * measures nothing and the marks do not blink; once typing pauses its marks are drawn where its
 * words moved to, and once it is checked, where the check found them.
 */
final class WavyUnderlines extends Pane {
    private static final double STEP = 2;
    /** A screen full of marks takes 15-25 ms to measure: a frame measures for this long, the next the rest. */
    private static final long BUDGET_NANOS = 6_000_000;

    private final CodeArea area;
    private final Marks marks;
    private boolean dirty = true;
    private final Runnable afterLayout = this::redrawIfDirty;
    /** Each paragraph on screen with marks, and its path (a paragraph is a new object once it changes). */
    private Map<Paragraph<?, ?, ?>, Drawn> shown = new IdentityHashMap<>();

    private double measuredWidth;
    /** The paths drawn last, by paragraph index: a paragraph typed in keeps its old marks till checked. */
    private Map<Integer, Drawn> byIndex = new HashMap<>();

    private int drawnParagraphs;
    /** While keys come, a paragraph typed in keeps its path; once typing pauses its moved marks are drawn. */
    private final PauseTransition settle = new PauseTransition(Duration.millis(80));

    private boolean editing;

    /** The marks measured for a paragraph, and the path drawn for them. */
    private record Drawn(List<Misspelt> marks, Path path) {}

    /** The words to underline. */
    interface Marks {
        /** A paragraph's marked words, by their columns in it; null while it is not checked yet. */
        List<Misspelt> of(int index, Paragraph<?, ?, ?> paragraph);

        /** A paragraph's marks moved with its words since it was checked; null if there are none. */
        List<Misspelt> moved(int index, Paragraph<?, ?, ?> paragraph);

        /** Whether spelling is on at all: off, and with nothing drawn, a frame draws nothing. */
        boolean any();
    }

    WavyUnderlines(CodeArea area, Marks marks) {
        this.area = area;
        this.marks = marks;
        setMouseTransparent(true);
        setManaged(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        area.richChanges().subscribe(c -> dirty = true);
        area.plainTextChanges().subscribe(c -> {
            editing = true;
            settle.playFromStart();
        });
        settle.setOnFinished(e -> {
            editing = false;
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

    /** The marks changed (the words were checked): draw again after the next layout. */
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
        getChildren().clear();
        dirty = true;
    }

    private void redrawIfDirty() {
        if (!dirty) return;
        if (shown.isEmpty() && !marks.any()) {
            dirty = false;
            return;
        }
        long started = SpellingFxTime.start();
        redraw();
        SpellingFxTime.end(started);
    }

    private void redraw() {
        if (area.getWidth() != measuredWidth) {
            forget();
            measuredWidth = area.getWidth();
        }
        dirty = false;
        long deadline = System.nanoTime() + BUDGET_NANOS;
        boolean more = false;
        Map<Paragraph<?, ?, ?>, Drawn> next = new IdentityHashMap<>();
        Map<Integer, Drawn> nextByIndex = new HashMap<>();
        List<Node> order = new ArrayList<>();
        int count = area.getParagraphs().size();
        if (!area.getVisibleParagraphs().isEmpty()) {
            int first = area.firstVisibleParToAllParIndex();
            int last = Math.min(area.lastVisibleParToAllParIndex(), count - 1);
            for (int p = first; p <= last; p++) {
                Paragraph<?, ?, ?> paragraph = area.getParagraph(p);
                if (next.containsKey(paragraph)) continue;
                List<Misspelt> words = marks.of(p, paragraph);
                if (words == null && !editing) words = marks.moved(p, paragraph);
                Drawn drawn = shown.get(paragraph);
                if (drawn != null && words != null && !drawn.marks().equals(words)) drawn = null;
                // Typed in: the marks drawn at its place stay (measuring costs a key a few ms).
                if (drawn == null && words == null && count == drawnParagraphs) drawn = byIndex.get(p);
                if (drawn == null && (words == null || words.isEmpty())) continue;
                Optional<Bounds> box = area.getParagraphBoundsOnScreen(p);
                Point2D origin =
                        box.map(b -> screenToLocal(b.getMinX(), b.getMinY())).orElse(null);
                if (origin == null) continue;
                if (drawn == null) {
                    if (System.nanoTime() > deadline) {
                        more = true;
                        continue;
                    }
                    drawn = new Drawn(words, measure(p, box.get(), words));
                }
                // Its coordinates are from the box's corner: the layout position is that corner.
                drawn.path().setLayoutX(origin.getX());
                drawn.path().setLayoutY(origin.getY());
                next.put(paragraph, drawn);
                nextByIndex.put(p, drawn);
                order.add(drawn.path());
            }
        }
        getChildren().retainAll(order);
        for (Node n : order) if (n.getParent() != this) getChildren().add(n);
        shown = next;
        byIndex = nextByIndex;
        drawnParagraphs = count;
        if (more) invalidate(); // the rest in the next frames
    }

    /** A paragraph's marks as a path drawn from its box's top-left corner. */
    private Path measure(int p, Bounds box, List<Misspelt> words) {
        List<PathElement> waves = new ArrayList<>();
        int at = area.getAbsolutePosition(p, 0);
        int length = area.getParagraphLength(p);
        for (Misspelt m : words) {
            if (m.end() > length) continue;
            area.getCharacterBoundsOnScreen(at + m.start(), at + m.end())
                    .ifPresent(b -> wave(
                            b.getMinX() - box.getMinX(),
                            b.getMaxX() - box.getMinX(),
                            b.getMaxY() - box.getMinY(),
                            waves));
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
