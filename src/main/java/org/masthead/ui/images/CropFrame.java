package org.masthead.ui.images;

import java.util.Locale;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.masthead.media.ShareImage;

/**
 * The frame over the picture: drag inside it to move it, drag its corner handle to resize it (the
 * 1.91:1 ratio kept), arrow keys move it a step. X's 2:1 crop and a square are drawn inside it.
 * Positions are kept in the picture's pixels; the view shows them at {@code scale}.
 */
final class CropFrame {
    private static final double HANDLE = 12;
    private final Pane pane = new Pane();
    private final Rectangle frame = new Rectangle();
    private final Rectangle twoToOne = dashed();
    private final Rectangle square = dashed();
    private final Rectangle handle = new Rectangle(HANDLE, HANDLE, Color.WHITE);
    /** The picture outside the frame, dimmed: top, bottom, left, right. */
    private final Rectangle[] shade = {shade(), shade(), shade(), shade()};

    private final DoubleProperty x = new SimpleDoubleProperty();
    private final DoubleProperty y = new SimpleDoubleProperty();
    private final DoubleProperty width = new SimpleDoubleProperty();
    private final double scale;
    private final int pictureW, pictureH;
    private double pressX, pressY, startX, startY, startW;

    CropFrame(ImageView view, double scale, int pictureW, int pictureH) {
        this.scale = scale;
        this.pictureW = pictureW;
        this.pictureH = pictureH;
        set(ShareImage.Frame.largest(pictureW, pictureH));
        frame.setFill(Color.color(1, 1, 1, 0.08));
        frame.setStroke(Color.WHITE);
        frame.setStrokeWidth(2);
        frame.setId("crop-frame");
        frame.setCursor(Cursor.MOVE);
        handle.setStroke(Color.BLACK);
        handle.setId("crop-handle");
        handle.setCursor(Cursor.SE_RESIZE);
        x.addListener((o, a, b) -> layout());
        y.addListener((o, a, b) -> layout());
        width.addListener((o, a, b) -> layout());
        layout();
        pane.getChildren().add(view);
        pane.getChildren().addAll(shade);
        pane.getChildren().addAll(frame, twoToOne, square, handle);
        pane.setPrefSize(view.getImage().getWidth(), view.getImage().getHeight());
        pane.setMaxSize(view.getImage().getWidth(), view.getImage().getHeight());
        pane.setFocusTraversable(true);
        pane.setId("crop-pane");
        frame.setOnMousePressed(e -> press(e.getX(), e.getY()));
        frame.setOnMouseDragged(e -> set(new ShareImage.Frame(
                startX + (e.getX() - pressX) / scale, startY + (e.getY() - pressY) / scale, startW)));
        handle.setOnMousePressed(e -> press(e.getSceneX(), e.getSceneY()));
        handle.setOnMouseDragged(
                e -> set(new ShareImage.Frame(startX, startY, startW + (e.getSceneX() - pressX) / scale)));
        pane.setOnKeyPressed(e -> {
            double step = Math.max(1, width.get() / 50);
            double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
            double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
            if (dx != 0 || dy != 0) {
                set(new ShareImage.Frame(x.get() + dx, y.get() + dy, width.get()));
                e.consume();
            }
        });
    }

    Node node() {
        return pane;
    }

    ShareImage.Frame frame() {
        return new ShareImage.Frame(x.get(), y.get(), width.get());
    }

    /** "1200×630 from 2400×1260 of the picture's 2400×1800", as the frame moves. */
    StringBinding description() {
        return Bindings.createStringBinding(
                () -> String.format(
                        Locale.ROOT,
                        "The frame takes %.0f×%.0f of the picture's %d×%d; the share image will be %d×%d%s.",
                        width.get(),
                        width.get() * ShareImage.HEIGHT / ShareImage.WIDTH,
                        pictureW,
                        pictureH,
                        ShareImage.WIDTH,
                        ShareImage.HEIGHT,
                        width.get() < ShareImage.WIDTH ? " (enlarged: it may look soft)" : ""),
                x,
                y,
                width);
    }

    private void press(double px, double py) {
        pressX = px;
        pressY = py;
        startX = x.get();
        startY = y.get();
        startW = width.get();
        pane.requestFocus();
    }

    private void set(ShareImage.Frame f) {
        ShareImage.Frame in = f.within(pictureW, pictureH);
        width.set(in.width());
        x.set(in.x());
        y.set(in.y());
    }

    private void layout() {
        double fx = x.get() * scale, fy = y.get() * scale, fw = width.get() * scale;
        double fh = fw * ShareImage.HEIGHT / ShareImage.WIDTH;
        place(frame, fx, fy, fw, fh);
        double xh = fw / 2; // X's large card: 2:1 from the middle of the frame
        place(twoToOne, fx, fy + (fh - xh) / 2, fw, xh);
        place(square, fx + (fw - fh) / 2, fy, fh, fh);
        double vw = pictureW * scale, vh = pictureH * scale;
        place(shade[0], 0, 0, vw, fy);
        place(shade[1], 0, fy + fh, vw, Math.max(0, vh - fy - fh));
        place(shade[2], 0, fy, fx, fh);
        place(shade[3], fx + fw, fy, Math.max(0, vw - fx - fw), fh);
        handle.setX(fx + fw - HANDLE / 2);
        handle.setY(fy + fh - HANDLE / 2);
    }

    private static void place(Rectangle r, double x, double y, double w, double h) {
        r.setX(x);
        r.setY(y);
        r.setWidth(w);
        r.setHeight(h);
    }

    private static Rectangle shade() {
        Rectangle r = new Rectangle();
        r.setFill(Color.color(0, 0, 0, 0.45));
        r.setMouseTransparent(true);
        return r;
    }

    private static Rectangle dashed() {
        Rectangle r = new Rectangle();
        r.setFill(null);
        r.setStroke(Color.color(1, 0.85, 0.2, 0.9));
        r.getStrokeDashArray().setAll(6.0, 5.0);
        r.setMouseTransparent(true);
        return r;
    }
}
