package org.masthead.ui.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;
import org.masthead.article.Article;
import org.masthead.fx.PreviewAssets;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.PageOptions;
import org.masthead.render.RenderedPage;
import org.masthead.text.JsonText;
import org.masthead.ui.Background;

/**
 * The live preview: the article page from the shared pipeline in a WebView. Pages are rendered off
 * the FX thread, only the newest pending version is rendered, and the page is loaded once and then
 * patched in place. The article's own HTML is escaped by the safe render, so the patching script is
 * the only script here; links open in the desktop's browser and the preview never navigates.
 */
public final class PreviewPane extends StackPane {
    private static final String SCRIPT = PreviewScript.text();

    private WebView web;
    private WebEngine engine;
    private final ExecutorService renderThread = Background.singleThread("masthead-preview-render");
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean rendering = new AtomicBoolean();
    private final PreviewAssets assets = new PreviewAssets();
    private final PagePatch.Differ differ = new PagePatch.Differ();
    private final org.masthead.render.IncrementalChunks incremental = new org.masthead.render.IncrementalChunks();
    private final ReadOnlyLongWrapper shownVersion = new ReadOnlyLongWrapper(this, "shownVersion", -1);
    private final LinkBridge bridge = new LinkBridge();
    private Consumer<String> linkHandler = url -> { };
    private boolean loaded;
    private String shownTitle;
    private long loadingVersion = -1;
    private java.util.List<PagePatch> waiting = new java.util.ArrayList<>();

    private record Request(long version, Article article, SiteProfile profile) {}

    public PreviewPane() {
        javafx.scene.control.Label placeholder = new javafx.scene.control.Label("Preparing the preview…");
        placeholder.getStyleClass().add("preview-placeholder");
        getChildren().add(placeholder);
        WebKitWarmup.ready().thenRun(() -> Platform.runLater(this::createWebView));
    }

    /** Creates the WebView once WebKit is loaded, and shows what was rendered meanwhile. */
    private void createWebView() {
        web = new WebView();
        engine = web.getEngine();
        getChildren().setAll(web);
        web.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(e -> { });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED && loadingVersion >= 0) pageLoaded();
        });
        // A navigation that got past the click handler is stopped: the preview shows only the article.
        engine.locationProperty().addListener((obs, old, location) -> {
            if (loaded && location != null && !location.isEmpty() && !location.equals("about:blank")) {
                Platform.runLater(() -> engine.getLoadWorker().cancel());
            }
        });
        var queued = waiting;
        waiting = new java.util.ArrayList<>();
        queued.forEach(this::apply);
    }

    /** Where clicked links go (the system browser in the app). */
    public void setLinkHandler(Consumer<String> handler) {
        this.linkHandler = handler;
    }

    /** The preview's engine; null until WebKit is loaded (see {@link #shownVersionProperty()}). */
    public WebEngine engine() { return engine; }

    /** The version of the last article the page shows; tests and the benchmark wait on it. */
    public ReadOnlyLongProperty shownVersionProperty() { return shownVersion.getReadOnlyProperty(); }

    /** Shows an article; renders happen off the FX thread and only the newest pending one is made. */
    public void show(long version, Article article, SiteProfile profile) {
        if (renderThread.isShutdown()) return;
        pending.set(new Request(version, article, profile));
        if (rendering.compareAndSet(false, true)) renderThread.execute(this::renderPending);
    }

    /** Loads the next page whole (a different file was opened). */
    public void reset() {
        if (renderThread.isShutdown()) return;
        renderThread.execute(() -> {
            differ.reset();
            incremental.reset();
        });
    }

    /** Brings the block at a file line into view. */
    public void reveal(int line) {
        if (loaded && engine != null) engine.executeScript("window.__mh && __mh.reveal(" + line + ")");
    }

    public void dispose() {
        renderThread.shutdownNow();
    }

    private void renderPending() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                RenderedPage page = ArticleRenderer.render(r.article(), r.profile(), PageOptions.preview(assets, incremental));
                PagePatch patch = differ.next(r.version(), page);
                Platform.runLater(() -> apply(patch));
            }
        } catch (RuntimeException e) {
            differ.reset();
            incremental.reset();
            Platform.runLater(() -> showError(e));
        } finally {
            rendering.set(false);
            if (pending.get() != null && rendering.compareAndSet(false, true)) renderThread.execute(this::renderPending);
        }
    }

    private void apply(PagePatch patch) {
        if (engine == null) {
            if (patch.fullPage() != null) waiting.clear();
            waiting.add(patch);
            return;
        }
        if (patch.fullPage() != null) {
            loaded = false;
            waiting.clear();
            shownTitle = patch.title();
            loadingVersion = patch.version();
            engine.loadContent(patch.fullPage(), "text/html");
            return;
        }
        if (!loaded) {
            waiting.add(patch);
            return;
        }
        if (!patch.changesNothing()) {
            JSObject mh = (JSObject) engine.executeScript("window.__mh");
            if (patch.top() != null) mh.call("setTop", patch.top());
            if (patch.removeCount() > 0 || !patch.insertHtml().isEmpty() || patch.lineDelta() != 0) {
                mh.call("patchBody", patch.start(), patch.removeCount(), patch.insertHtml(), patch.lineDelta());
            }
        }
        if (!patch.title().equals(shownTitle)) {
            engine.executeScript("document.title = " + JsonText.quote(patch.title()));
            shownTitle = patch.title();
        }
        shownVersion.set(patch.version());
    }

    private void pageLoaded() {
        engine.executeScript(SCRIPT);
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("__mhBridge", bridge);
        loaded = true;
        shownVersion.set(loadingVersion);
        loadingVersion = -1;
        var queued = waiting;
        waiting = new java.util.ArrayList<>();
        queued.forEach(this::apply);
    }

    private void showError(RuntimeException e) {
        if (engine == null) return;
        loaded = false;
        engine.loadContent("<p style='font:14px sans-serif;color:#a3342c;padding:2em'>The preview could not be made: "
                + org.masthead.render.Html.text(String.valueOf(e.getMessage())) + "</p>");
    }

    /** Called from the page's script when a link is clicked. Public for the JavaScript bridge. */
    public final class LinkBridge {
        public void open(String url) {
            Platform.runLater(() -> linkHandler.accept(url));
        }
    }
}
