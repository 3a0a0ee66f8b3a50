package org.masthead.ui.editor;

import java.util.List;
import java.util.Locale;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Scene;

import org.fxmisc.richtext.CodeArea;

/**
 * Writing comfort in the editor: focus mode (every paragraph but the caret's dimmed), typewriter
 * scrolling (the caret's line kept at the middle), and the text's font and zoom.
 */
public final class EditorComfort {
    static final String FOCUS_MODE = "focus-mode";
    static final String CURRENT = "current-block";
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 3;

    private final CodeArea area;
    private boolean focus;
    private boolean typewriter;
    private int blockStart = -1;
    private int blockEnd = -1;
    private String family = "";
    private double size = 13.5;
    private double zoom = 1;
    private final Runnable centre = this::centreCaret;

    EditorComfort(CodeArea area) {
        this.area = area;
        area.currentParagraphProperty().addListener((o, a, b) -> markBlock());
        area.textProperty().addListener((o, a, b) -> markBlock());
        area.caretPositionProperty().addListener((o, a, b) -> {
            if (typewriter) Platform.requestNextPulse();
        });
        area.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) old.removePostLayoutPulseListener(centre);
            if (scene != null) scene.addPostLayoutPulseListener(centre);
        });
    }

    public boolean focusMode() {
        return focus;
    }

    /** View ▸ Focus Mode. */
    public void setFocusMode(boolean on) {
        focus = on;
        if (on) {
            if (!area.getStyleClass().contains(FOCUS_MODE)) area.getStyleClass().add(FOCUS_MODE);
        } else {
            area.getStyleClass().remove(FOCUS_MODE);
        }
        blockStart = blockEnd = -1;
        markBlock();
    }

    public boolean typewriter() {
        return typewriter;
    }

    /** View ▸ Typewriter Scrolling. */
    public void setTypewriter(boolean on) {
        typewriter = on;
        Platform.requestNextPulse();
    }

    /** The Markdown paragraph (lines between blank lines) the caret is in, undimmed; only its lines change style. */
    private void markBlock() {
        int count = area.getParagraphs().size();
        if (count == 0) return;
        int caret = Math.min(area.getCurrentParagraph(), count - 1);
        int start = caret, end = caret;
        if (focus) {
            while (start > 0 && !area.getParagraph(start - 1).getText().isBlank()) start--;
            while (end < count - 1 && !area.getParagraph(end + 1).getText().isBlank()) end++;
        } else {
            start = end = -1;
        }
        if (start == blockStart && end == blockEnd) return;
        for (int p = Math.max(0, blockStart); p <= blockEnd && p < count; p++) {
            if (p < start || p > end) area.setParagraphStyle(p, List.of());
        }
        for (int p = Math.max(0, start); p <= end && p < count; p++) area.setParagraphStyle(p, List.of(CURRENT));
        blockStart = start;
        blockEnd = end;
    }

    /** After a layout with typewriter scrolling on: the caret's line goes to the middle of the view. */
    private void centreCaret() {
        if (!typewriter || area.getHeight() <= 0) return;
        Bounds caret = area.getCaretBounds().orElse(null);
        if (caret == null) return;
        Bounds local = area.screenToLocal(caret);
        if (local == null) return;
        double off = local.getCenterY() - area.getHeight() / 2;
        if (Math.abs(off) > 1) area.scrollYBy(off);
    }

    public double zoom() {
        return zoom;
    }

    /** Ctrl + / Ctrl − by steps of 10 %, Ctrl 0 back to 100 %. */
    public void setZoom(double value) {
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(value * 10) / 10.0));
        applyFont();
    }

    /** The editor's font from the preferences (an empty family keeps the stylesheet's). */
    public void setFont(String family, double size) {
        this.family = family == null ? "" : family;
        this.size = size > 0 ? size : 13.5;
        applyFont();
    }

    private void applyFont() {
        String style = String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size * zoom);
        if (!family.isBlank()) style += " -fx-font-family: \"" + family.replace("\"", "") + "\";";
        area.setStyle(style);
    }

    /** The scene the pulse listener is on (tests). */
    Scene scene() {
        return area.getScene();
    }
}
