package org.masthead.ui.form;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.masthead.fx.FxImages;

/** A site-relative image path with a chooser and a thumbnail (WebP decoded through ImageIO). */
final class ImagePathInput implements FieldInput {
    private static final int THUMB_WIDTH = 240;
    private static final int MIN_PATH_WIDTH = 120;

    private final TextField field = new TextField();
    private final FieldInput text;
    private final ImageView thumbnail = new ImageView();
    private final VBox box;
    private final FormHost host;

    ImagePathInput(String key, FormHost host) {
        this.host = host;
        this.text = FieldInputs.textual(field, key);
        Button choose = new Button("Choose…");
        choose.setFocusTraversable(false);
        choose.setOnAction(e -> host.chooseImage(field.getText(), this::choose));
        choose.setMinWidth(Region.USE_PREF_SIZE);
        Button crop = new Button("Frame…");
        crop.setId("make-share-image-" + key);
        LazyTooltip.install(crop, () -> "Make Share Image: frame the picture at 1.91:1 as a 1200×630 image");
        crop.setFocusTraversable(false);
        crop.setMinWidth(Region.USE_PREF_SIZE);
        crop.setOnAction(e -> host.makeShareImage(field.getText(), this::choose));
        HBox row = new HBox(4, field);
        HBox buttons = new HBox(4, choose, crop);
        HBox.setHgrow(field, Priority.ALWAYS);
        thumbnail.setFitWidth(THUMB_WIDTH);
        thumbnail.setPreserveRatio(true);
        thumbnail.getStyleClass().add("thumbnail");
        box = new VBox(4, row, thumbnail);
        // Beside the path while it keeps room to be read, else on a line of their own: never cut off.
        box.widthProperty().addListener((o, was, now) -> {
            boolean beside = now.doubleValue() >= buttons.prefWidth(-1) + 4 + MIN_PATH_WIDTH;
            if (beside && buttons.getParent() != row) row.getChildren().add(buttons);
            else if (!beside && buttons.getParent() != box) box.getChildren().add(1, buttons);
        });
        row.getChildren().add(buttons);
        field.textProperty().addListener((o, a, b) -> loadThumbnail(b));
        acceptDroppedImages(box);
    }

    /** A chosen or dropped image: the field takes its path, as typing it would (the links follow). */
    private void choose(String path) {
        field.setText(path);
        field.positionCaret(path.length());
    }

    private void acceptDroppedImages(Node target) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && e.getDragboard().getFiles().size() == 1) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.setOnDragDropped(e -> {
            if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) return;
            Path file = e.getDragboard().getFiles().get(0).toPath();
            e.setDropCompleted(true);
            e.consume();
            host.importImage(file, this::choose);
        });
    }

    @Override
    public Node node() {
        return box;
    }

    @Override
    public Node focusTarget() {
        return field;
    }

    @Override
    public void show(String value) {
        text.show(value);
    }

    @Override
    public void onEdit(Consumer<String> listener) {
        text.onEdit(listener);
    }

    private void loadThumbnail(String ref) {
        Path file = host.resolveImage(ref).orElse(null);
        if (file == null) {
            thumbnail.setImage(null);
            return;
        }
        CompletableFuture.supplyAsync(() -> decode(file))
                .thenAccept(img -> Platform.runLater(() -> {
                    if (host.resolveImage(field.getText()).map(file::equals).orElse(false)) thumbnail.setImage(img);
                }));
    }

    /** Decodes and scales off the FX thread; ImageIO reads WebP, which JavaFX's Image cannot. */
    private static Image decode(Path file) {
        try {
            BufferedImage src = ImageIO.read(file.toFile());
            if (src == null) return null;
            int w = Math.min(THUMB_WIDTH * 2, src.getWidth());
            int h = Math.max(1, src.getHeight() * w / src.getWidth());
            return FxImages.scaled(src, w, h);
        } catch (Exception e) {
            return null;
        }
    }
}
