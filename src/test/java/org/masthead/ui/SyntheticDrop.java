package org.masthead.ui;

import java.nio.file.Path;
import java.security.AccessControlContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.PickResult;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;

/**
 * Drops files on a node as a file manager's drag would end: DRAG_OVER, then DRAG_DROPPED, with a dragboard holding
 * the files. Monocle has no native drag and drop, so the robot cannot carry a file from outside the window; the
 * events are the ones the toolkit would deliver, fired at the real window's node on the FX thread.
 */
public final class SyntheticDrop {
    private SyntheticDrop() {}

    /** Returns whether the node accepted the drag (its DRAG_OVER handler chose a transfer mode); the drop follows. */
    public static boolean drop(Node target, Point2D inScene, List<Path> files) {
        Dragboard board = DragboardHelper.createDragboard(new FileManagerBoard());
        DragboardHelper.setDataAccessRestriction(board, false);
        ClipboardContent content = new ClipboardContent();
        content.putFiles(files.stream().map(Path::toFile).toList());
        board.setContent(content);
        Point2D screen = target.getScene()
                .getRoot()
                .localToScreen(target.getScene().getRoot().sceneToLocal(inScene));
        PickResult pick = new PickResult(target, inScene.getX(), inScene.getY());
        DragEvent over = event(DragEvent.DRAG_OVER, board, inScene, screen, target, pick);
        Event.fireEvent(target, over);
        boolean accepted = over.isAccepted();
        // Later, as the toolkit would: the drop may ask a question (the alt text) and wait for the answer.
        if (accepted)
            Platform.runLater(
                    () -> Event.fireEvent(target, event(DragEvent.DRAG_DROPPED, board, inScene, screen, target, pick)));
        return accepted;
    }

    private static DragEvent event(
            javafx.event.EventType<DragEvent> type,
            Dragboard board,
            Point2D scene,
            Point2D screen,
            Node target,
            PickResult pick) {
        // No source: x and y are the scene's, and each node on the way gets them in its own coordinates.
        return new DragEvent(
                type,
                board,
                scene.getX(),
                scene.getY(),
                screen.getX(),
                screen.getY(),
                TransferMode.COPY,
                null,
                target,
                pick);
    }

    /** What a file manager's drag offers: its content, to be copied. */
    private static final class FileManagerBoard implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        @Override
        public void setSecurityContext(AccessControlContext ctx) {}

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.copyOf(content.keySet());
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... items) {
            for (Pair<DataFormat, Object> p : items) content.put(p.getKey(), p.getValue());
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {}

        @Override
        public void setDragViewOffsetX(double offsetX) {}

        @Override
        public void setDragViewOffsetY(double offsetY) {}

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
