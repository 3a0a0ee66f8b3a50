package org.masthead.ui.preview;

import java.util.concurrent.CompletableFuture;

/**
 * Loads WebKit's native library on a background thread while the window comes up. The first load
 * unpacks and checks a library of about 100 MB, seconds of work that would otherwise freeze the
 * window before its first frame; the preview creates its WebView once this is done.
 */
public final class WebKitWarmup {
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();
    private static boolean started;

    private WebKitWarmup() {}

    /** Starts loading, once; later calls do nothing. */
    public static synchronized void start() {
        if (started) return;
        started = true;
        Thread t = new Thread(() -> {
            try {
                Class.forName("com.sun.webkit.WebPage", true, WebKitWarmup.class.getClassLoader());
            } catch (Throwable e) {
                // The WebView will load it itself and report any real failure.
            }
            READY.complete(null);
        }, "masthead-webkit-warmup");
        t.setDaemon(true);
        t.start();
    }

    public static CompletableFuture<Void> ready() {
        start();
        return READY;
    }
}
