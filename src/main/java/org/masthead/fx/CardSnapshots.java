package org.masthead.fx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.masthead.cards.Card;
import org.masthead.cards.CardsHtml;

/**
 * Renders cards to PNG files, each from the same HTML the Cards tab shows, in an off-screen
 * WebView. Call from any thread but the FX thread, once the JavaFX toolkit is running.
 */
public final class CardSnapshots {
    private static final int MAX_HEIGHT = 960;
    private static final long TIMEOUT_SECONDS = 60;

    private final PreviewAssets assets = new PreviewAssets();
    private final boolean dark;
    private final boolean xClassic;

    public CardSnapshots() {
        this(false);
    }

    /** {@code dark}: each platform's dark colours, where it has them. */
    public CardSnapshots(boolean dark) {
        this(dark, false);
    }

    /** {@code xClassic}: X's large card as it was before October 2023. */
    public CardSnapshots(boolean dark, boolean xClassic) {
        this.dark = dark;
        this.xClassic = xClassic;
    }

    /** One snapshot: the card's platform and the picture's size. */
    public record Shot(Card card, Path file, int width, int height) {}

    /** Writes {@code <platform>.png} for each card into {@code folder}. */
    public List<Shot> write(List<Card> cards, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Shot> shots = new ArrayList<>();
        for (Card c : cards) {
            BufferedImage image = render(c);
            Path file = folder.resolve(c.platform().id() + ".png");
            ImageIO.write(image, "png", file.toFile());
            shots.add(new Shot(c, file, image.getWidth(), image.getHeight()));
        }
        return shots;
    }

    private BufferedImage render(Card card) throws IOException {
        CompletableFuture<BufferedImage> result = new CompletableFuture<>();
        String html = CardsHtml.single(card, assets, dark, xClassic);
        int width = card.platform().width() + 2 * CardsHtml.SHOT_MARGIN;
        Platform.runLater(() -> {
            try {
                start(html, width, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(
                    "interrupted while rendering the " + card.platform().label() + " card", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("the " + card.platform().label() + " card could not be rendered: " + e, e);
        }
    }

    private static void start(String html, int width, CompletableFuture<BufferedImage> result) {
        WebView web = new WebView();
        web.setContextMenuEnabled(false);
        web.setPrefSize(width, MAX_HEIGHT);
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(web), width, MAX_HEIGHT));
        stage.show();
        web.getEngine().getLoadWorker().stateProperty().addListener((o, a, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                Object h = web.getEngine()
                        .executeScript("Math.ceil(document.querySelector('.shot').getBoundingClientRect().height)");
                int height = Math.min(MAX_HEIGHT, ((Number) h).intValue());
                // The page paints on the next pulses; take the picture after a few of them.
                new AnimationTimer() {
                    private int frames;

                    @Override
                    public void handle(long now) {
                        if (++frames < 4) return;
                        stop();
                        SnapshotParameters params = new SnapshotParameters();
                        params.setViewport(new Rectangle2D(0, 0, width, height));
                        WritableImage shot = web.snapshot(params, null);
                        stage.close();
                        result.complete(FxImages.toBufferedImage(shot));
                    }
                }.start();
            } else if (state == Worker.State.FAILED) {
                stage.close();
                result.completeExceptionally(new IOException("the card page did not load"));
            }
        });
        web.getEngine().loadContent(html, "text/html");
    }
}
