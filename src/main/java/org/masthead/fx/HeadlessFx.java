package org.masthead.fx;

import java.util.concurrent.CountDownLatch;

import javafx.application.Platform;

/**
 * Starts JavaFX without a display, on Monocle's headless screen with software rendering, so cards
 * render the same on a laptop, a server or in CI. Does nothing when JavaFX already runs.
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {}

    public static synchronized void start() {
        if (started) return;
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // The screen must hold the tallest card page.
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // The window or a test started it; its screen will do.
            System.getLogger(HeadlessFx.class.getName()).log(System.Logger.Level.DEBUG, "JavaFX already running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }
}
