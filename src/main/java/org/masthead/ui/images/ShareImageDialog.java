package org.masthead.ui.images;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.masthead.image.ImageFacts;
import org.masthead.media.ShareImage;
import org.masthead.platform.CardPlatform;
import org.masthead.platform.ImageRules;

/**
 * Make Share Image: the picture with a movable, resizable 1.91:1 frame (X's 2:1 and the square
 * crops drawn inside it), what the platforms make of the picture as it is, and Make, which writes
 * the frame as a 1200×630 share image.
 */
final class ShareImageDialog {
    static final ButtonType MAKE = new ButtonType("Make Share Image", ButtonBar.ButtonData.OK_DONE);
    static final double VIEW_WIDTH = 880;
    static final double VIEW_HEIGHT = 500;

    private ShareImageDialog() {}

    /** The frame chosen, in the picture's pixels, or empty if the writer cancelled. */
    /** @param shown the picture scaled to fit the dialog (made off the FX thread, see {@link FxPictures}) */
    static Optional<ShareImage.Frame> ask(
            Window owner, Path file, BufferedImage picture, Image shown, ImageFacts facts) {
        ImageView view = new ImageView(shown);
        double scale = shown.getWidth() / picture.getWidth();
        CropFrame frame = new CropFrame(view, scale, picture.getWidth(), picture.getHeight());
        Dialog<ShareImage.Frame> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Make Share Image");
        d.setHeaderText("Frame " + file.getFileName() + " for the cards: drag the frame, or its corner to resize");
        Label size = new Label();
        size.setId("crop-size");
        size.textProperty().bind(frame.description());
        Label legend = new Label("Solid: the 1.91:1 share image (1200×630). Dashed: what X's 2:1 card and a square "
                + "thumbnail keep of it.");
        legend.setWrapText(true);
        VBox box = new VBox(8, frame.node(), size, legend);
        for (String w : warnings(facts)) {
            Label l = new Label("⚠ " + w);
            l.getStyleClass().add("crop-warning");
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(MAKE, ButtonType.CANCEL);
        d.getDialogPane().setId("share-image-dialog");
        d.setResultConverter(b -> b == MAKE ? frame.frame() : null);
        return d.showAndWait();
    }

    /** A share image as this dialog makes it. */
    private static final ImageFacts IDEAL = new ImageFacts(null, "png", ShareImage.WIDTH, ShareImage.HEIGHT, 200_000);

    /** What each card does with the picture as it is now; the share image made here suits them all. */
    static List<String> warnings(ImageFacts facts) {
        List<String> out = new ArrayList<>();
        for (CardPlatform p : CardPlatform.values()) {
            // Where even a 1200×630 share image is not shown large (Telegram's articles, Google),
            // the picture is not the cause: nothing to say.
            if (ImageRules.judge(p, IDEAL).display() != ImageRules.Display.LARGE) continue;
            ImageRules.Verdict v = ImageRules.judge(p, facts);
            if (v.display() != ImageRules.Display.LARGE && !v.reason().isEmpty()) out.add("Now: " + v.reason() + ".");
        }
        double ratio = facts.ratio();
        if (Math.abs(ratio - (double) ShareImage.WIDTH / ShareImage.HEIGHT) > 0.05)
            out.add(String.format(
                    java.util.Locale.ROOT,
                    "Now: the picture is %d×%d (%.2f:1); cards crop it to about 1.91:1 wherever they choose.",
                    facts.width(),
                    facts.height(),
                    ratio));
        return out.stream().distinct().toList();
    }
}
