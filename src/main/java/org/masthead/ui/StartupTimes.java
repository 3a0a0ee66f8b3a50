package org.masthead.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * With {@link AppConfig#startupTimes()} ({@code -Dmasthead.startup-times=true}), prints how long
 * after the JVM started the first frame showed the article's text and the first frame showed the
 * painted preview, then when spelling was ready (the first count of misspelt words). The benchmark
 * reads it. With {@link AppConfig#exitAfterStartup()}
 * ({@code -Dmasthead.exit-after-startup=true}) the app then quits: packaging runs it so to record
 * the classes a start loads (the AppCDS archive) and to check that the packaged app starts.
 */
final class StartupTimes {
    private StartupTimes() {}

    static void watch(MainWindow window, AppConfig config) {
        boolean exit = config.exitAfterStartup();
        if (!config.startupTimes() && !exit) return;
        // Started again to map its class archive, the app counts from the first JVM's start.
        long jvmStart = Long.getLong(
                "masthead.started-at", ManagementFactory.getRuntimeMXBean().getStartTime());
        var scene = window.stage().getScene();
        boolean[] textShown = {false};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            long now = System.currentTimeMillis();
            if (!textShown[0]
                    && window.document() != null
                    && !window.editor().area().getText().isEmpty()) {
                textShown[0] = true;
                System.out.println("startup: text visible " + (now - jvmStart) + " ms");
            }
            if (textShown[0] && window.preview().shownVersionProperty().get() >= 0) {
                System.out.println("startup: preview painted " + (now - jvmStart) + " ms");
                System.out.flush();
                scene.removePostLayoutPulseListener(check[0]);
                if (exit) Platform.runLater(Platform::exit);
                else spellingReady(window, jvmStart);
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        // A pulse after the preview reports its page, so the painted frame is the one measured.
        window.preview().shownVersionProperty().addListener((o, a, b) -> Platform.requestNextPulse());
    }

    /** When the first count of misspelt words shows: the dictionary loaded after the preview, and checked. */
    private static void spellingReady(MainWindow window, long jvmStart) {
        var text = window.parts().spellingStatus.textProperty();
        ChangeListener<String> ready = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> o, String a, String now) {
                if (now == null || !now.endsWith("misspelt")) return;
                text.removeListener(this);
                System.out.println("startup: spelling ready " + (System.currentTimeMillis() - jvmStart) + " ms");
                System.out.flush();
            }
        };
        text.addListener(ready);
        ready.changed(text, null, text.get());
    }

    /**
     * With {@link AppConfig#startupTimes()}, prints the file a later launch handed over once a frame
     * shows it, and the time then (epoch milliseconds: the benchmark's clock may be held up while
     * its two children fight for the processors). The hand-over benchmark and test wait for the line.
     */
    static void handOverShown(MainWindow window, AppConfig config, Path file) {
        if (!config.startupTimes()) return;
        var scene = window.stage().getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            System.out.println("handover: shown " + file + " at " + System.currentTimeMillis());
            System.out.flush();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
