package org.masthead.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

import org.masthead.text.JsonText;

/**
 * The floor the start-up is measured against: what JavaFX itself needs to show the same article.
 * A 1500×920 window whose scene is a SplitPane holding a TextArea with the article's full text;
 * once the first frame showing that text is laid out, a WebView is added that loads the body as
 * plain text in a {@code <pre>}. Prints "floor: text visible N ms" (JVM start to the first
 * post-layout pulse with the text) and "floor: preview painted N ms" (to the first pulse after
 * the page's load succeeded), the way the app prints its own.
 *
 * <p>Once the page is shown, every key typed into the TextArea is measured as the app measures its
 * own ({@code -Dmasthead.trace-latency=true}): from the TextArea's {@code KEY_PRESSED} filter to
 * the first post-layout pulse after one {@code executeScript} that set the page's text to the
 * TextArea's, printed as "floor: latency key->preview N.N ms".
 */
public final class FloorApp extends Application {
    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    /** The launcher: a main class that is an Application needs JavaFX as modules, the app's jar does not. */
    public static final class Start {
        public static void main(String[] args) {
            Application.launch(FloorApp.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        String text = Files.readString(Path.of(getParameters().getRaw().get(0)));
        int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        String body = end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
        TextArea area = new TextArea(text);
        SplitPane split = new SplitPane(area);
        Scene scene = new Scene(split, 1500, 920);
        stage.setScene(scene);
        boolean[] textShown = {false}, loaded = {false};
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (!textShown[0] && area.getSkin() != null && area.lookup(".content") != null) {
                textShown[0] = true;
                System.out.println("floor: text visible " + (System.currentTimeMillis() - JVM_START) + " ms");
                WebView web = new WebView();
                web.getEngine().getLoadWorker().stateProperty().addListener((o, a, b) -> {
                    if (b == Worker.State.SUCCEEDED) {
                        loaded[0] = true;
                        Platform.requestNextPulse();
                    }
                });
                split.getItems().add(web);
                web.getEngine().loadContent("<pre>" + escape(body) + "</pre>");
            } else if (loaded[0]) {
                System.out.println("floor: preview painted " + (System.currentTimeMillis() - JVM_START) + " ms");
                System.out.flush();
                scene.removePostLayoutPulseListener(pulse[0]);
                typing(area, (WebView) split.getItems().get(1), scene);
            }
        };
        scene.addPostLayoutPulseListener(pulse[0]);
        stage.show();
    }

    /** Each typed key sets the page's text once; the next post-layout pulse ends its measure. */
    private static void typing(TextArea area, WebView web, Scene scene) {
        long[] pressed = {-1};
        boolean[] patched = {false};
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed[0] = System.nanoTime());
        area.textProperty().addListener((o, a, text) -> {
            web.getEngine().executeScript("document.querySelector('pre').textContent=" + JsonText.quote(text));
            patched[0] = true;
            Platform.requestNextPulse();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (!patched[0] || pressed[0] < 0) return;
            System.out.printf(
                    Locale.ROOT, "floor: latency key->preview %.1f ms%n", (System.nanoTime() - pressed[0]) / 1e6);
            System.out.flush();
            patched[0] = false;
            pressed[0] = -1;
        });
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
