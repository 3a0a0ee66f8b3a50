package org.masthead.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.web.WebView;
import javafx.stage.Stage;

/**
 * The floor the start-up is measured against: what JavaFX itself needs to show the same article.
 * A 1500×920 window whose scene is a SplitPane holding a TextArea with the article's full text;
 * once the first frame showing that text is laid out, a WebView is added that loads the body as
 * plain text in a {@code <pre>}. Prints "floor: text visible N ms" (JVM start to the first
 * post-layout pulse with the text) and "floor: preview painted N ms" (to the first pulse after
 * the page's load succeeded), the way the app prints its own.
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
            }
        };
        scene.addPostLayoutPulseListener(pulse[0]);
        stage.show();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }
}
