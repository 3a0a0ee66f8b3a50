package org.masthead.ui.web;

import java.util.concurrent.CompletableFuture;

import javafx.scene.Scene;

import org.masthead.fx.Frames;

/**
 * Loads WebKit's native library on a background thread once the window shows its text. Loading
 * the library (about 100 MB) takes most of a second on two cores and holds the lock other native
 * libraries need while the window comes up, so it waits for the first frame with text; the
 * WebViews are created once this is done.
 */
public final class WebKitWarmup {
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();
    private static boolean started;

    private WebKitWarmup() {}

    /** Starts loading, once; later calls do nothing. */
    public static synchronized void start() {
        if (started) return;
        started = true;
        Thread t = new Thread(
                () -> {
                    try {
                        Class.forName("com.sun.webkit.WebPage", true, WebKitWarmup.class.getClassLoader());
                    } catch (Throwable e) {
                        // The WebView will load it itself and report any real failure.
                        System.getLogger(WebKitWarmup.class.getName())
                                .log(System.Logger.Level.WARNING, "Loading WebKit early failed", e);
                    }
                    READY.complete(null);
                },
                "masthead-webkit-warmup");
        t.setDaemon(true);
        t.start();
    }

    /** Starts loading WebKit once the scene has shown a frame (the article's text comes first). */
    public static void startAfterFirstFrame(Scene scene) {
        Frames.afterNextFrame(scene, WebKitWarmup::start);
    }

    /** Completes when WebKit is loaded; someone must {@link #start()} it (the window does after its first frame). */
    public static CompletableFuture<Void> ready() {
        return READY;
    }
}
