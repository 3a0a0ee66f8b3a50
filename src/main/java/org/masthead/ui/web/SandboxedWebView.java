package org.masthead.ui.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import org.masthead.fx.Frames;
import org.masthead.ui.Background;

/**
 * A WebView that shows only what the app gives it, for the preview and the cards. A placeholder
 * stands in until WebKit is loaded ({@link WebKitWarmup}), so the window never waits for it.
 * Popups, alerts and the context menu are refused, and once a page has loaded nothing navigates
 * it away: links reach the app through the page's own script, never by loading. Work for the page
 * runs on one background thread, newest request first ({@link LatestWins}); its result is applied
 * on the FX thread.
 *
 * @param <R> a request for the page (an article version to show)
 */
public final class SandboxedWebView<R> extends StackPane {
    private final boolean javaScript;
    private final Runnable onReady;
    private final ExecutorService thread;
    private final LatestWins<R> requests;
    private WebView web;
    private boolean loaded;
    private Runnable onLoaded;

    /**
     * @param placeholder shown until WebKit is loaded
     * @param javaScript  whether the engine runs script (the app's own calls into the page need it)
     * @param threadName  the background thread's name
     * @param work        makes a request's result off the FX thread; returns what to do with it on the FX thread
     * @param onReady     runs on the FX thread once the WebView exists
     */
    public SandboxedWebView(
            String placeholder, boolean javaScript, String threadName, Function<R, Runnable> work, Runnable onReady) {
        this.javaScript = javaScript;
        this.onReady = onReady;
        this.thread = Background.singleThread(threadName);
        this.requests = new LatestWins<>(thread, Platform::runLater, work);
        Label label = new Label(placeholder);
        label.getStyleClass().add("preview-placeholder");
        getChildren().add(label);
        WebKitWarmup.ready().thenRun(() -> Platform.runLater(this::createWebView));
    }

    private void createWebView() {
        web = new WebView();
        WebEngine engine = web.getEngine();
        web.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(javaScript);
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(e -> {});
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state != Worker.State.SUCCEEDED || loaded || onLoaded == null) return;
            loaded = true;
            onLoaded.run();
        });
        // A navigation that got past the page's script is stopped: the view shows only what the app gave it.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (loaded && location != null && !location.isEmpty() && !location.equals("about:blank")) {
                Platform.runLater(() -> engine.getLoadWorker().cancel());
            }
        });
        getChildren().setAll(web);
        onReady.run();
    }

    /** The WebView; null until WebKit is loaded. */
    public WebView web() {
        return web;
    }

    /** The view's engine; null until WebKit is loaded. */
    public WebEngine engine() {
        return web == null ? null : web.getEngine();
    }

    /** Whether the last page given to {@link #load} has loaded. */
    public boolean isLoaded() {
        return loaded;
    }

    /** Loads a whole page (the WebView must exist); {@code then} runs on the FX thread once it has loaded. */
    public void load(String html, Runnable then) {
        loaded = false;
        onLoaded = then;
        web.getEngine().loadContent(html, "text/html");
    }

    /** Asks for a request to be worked on; one still waiting is dropped for it. */
    public void submit(R request) {
        requests.submit(request);
    }

    /**
     * As {@link #submit}; on the FX thread, quick work (under {@code budgetMillis}, as the last
     * was) is waited for and shown in the frame about to be drawn. The wait is at the start of that
     * frame, so the FX thread finishes the key's own work while the page's is done on the other.
     */
    public void submitForThisFrame(R request, long budgetMillis) {
        Scene scene = getScene();
        if (!Platform.isFxApplicationThread() || scene == null) {
            requests.submit(request);
            return;
        }
        long number = requests.submitNumbered(request);
        Frames.atNextFrameStart(scene, () -> requests.await(number, budgetMillis * 1_000_000));
    }

    /** Runs a task on the background thread, in turn with the requests' work. */
    public void onWorkThread(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException e) {
            // Disposed: nothing is shown any more.
        }
    }

    public void dispose() {
        requests.stop();
        thread.shutdownNow();
    }
}
