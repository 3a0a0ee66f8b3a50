package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;

import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpan;

/**
 * Wavy lines under the text of one style class, as spell checkers draw them (RichTextFX draws only
 * straight or dashed underlines). A pane over the area, redrawn after the layout of a frame in which
 * the text, its styles or the scroll position changed, from the styles of the paragraphs on screen:
 * the marks move with the text as it is typed, before the words are checked again.
 */
final class WavyUnderlines extends Pane {
    private static final double STEP = 2;
    private final CodeArea area;
    private final String styleClass;
    private final Path path = new Path();
    private boolean dirty = true;
    private final Runnable afterLayout = this::redrawIfDirty;

    WavyUnderlines(CodeArea area, String styleClass) {
        this.area = area;
        this.styleClass = styleClass;
        setMouseTransparent(true);
        setManaged(true);
        path.getStyleClass().add("spell-wave");
        getChildren().add(path);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        area.richChanges().subscribe(c -> dirty = true);
        area.estimatedScrollYProperty().addListener((o, a, b) -> dirty = true);
        area.widthProperty().addListener((o, a, b) -> dirty = true);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(afterLayout);
            if (scene != null) scene.addPostLayoutPulseListener(afterLayout);
        });
    }

    /** The styles changed (the words were checked): draw again after the next layout. */
    void invalidate() {
        dirty = true;
        Scene s = getScene();
        if (s != null) javafx.application.Platform.requestNextPulse();
    }

    /** How many words are underlined now (tests read it). */
    int count() {
        return (int)
                path.getElements().stream().filter(e -> e instanceof MoveTo).count();
    }

    private void redrawIfDirty() {
        if (!dirty) return;
        dirty = false;
        List<PathElement> waves = new ArrayList<>();
        if (!area.getVisibleParagraphs().isEmpty()) {
            int first = area.firstVisibleParToAllParIndex();
            int last = area.lastVisibleParToAllParIndex();
            for (int p = first; p <= last && p < area.getParagraphs().size(); p++) {
                int at = area.getAbsolutePosition(p, 0);
                for (StyleSpan<Collection<String>> span : area.getStyleSpans(p)) {
                    if (span.getStyle().contains(styleClass)) wave(at, at + span.getLength(), waves);
                    at += span.getLength();
                }
            }
        }
        path.getElements().setAll(waves);
    }

    private void wave(int from, int to, List<PathElement> out) {
        Optional<Bounds> screen = area.getCharacterBoundsOnScreen(from, to);
        if (screen.isEmpty()) return;
        Bounds b = screenToLocal(screen.get());
        if (b == null) return;
        double y = b.getMaxY() - 1.5;
        out.add(new MoveTo(b.getMinX(), y));
        boolean up = true;
        for (double x = b.getMinX() + STEP; x <= b.getMaxX(); x += STEP) {
            out.add(new LineTo(x, up ? y - 1.5 : y));
            up = !up;
        }
    }
}
