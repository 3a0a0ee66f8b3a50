package org.masthead.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;

import netscape.javascript.JSObject;
import org.masthead.article.Article;
import org.masthead.fx.PreviewAssets;
import org.masthead.profile.SiteProfile;
import org.masthead.render.ArticleRenderer;
import org.masthead.render.Html;
import org.masthead.render.IncrementalChunks;
import org.masthead.render.PageOptions;
import org.masthead.render.RenderedPage;
import org.masthead.text.JsonText;
import org.masthead.ui.web.LinkBridge;
import org.masthead.ui.web.SandboxedWebView;

/**
 * The live preview: the article page from the shared pipeline in a WebView. Pages are rendered off
 * the FX thread, only the newest pending version is rendered, and the page is loaded once and then
 * patched in place. The article's own HTML is escaped by the safe render, so the patching script is
 * the only script here; links open in the desktop's browser and the preview never navigates
 * ({@link SandboxedWebView}).
 */
public final class PreviewPane extends StackPane {
    /**
     * How long a change may hold the FX thread for its page: a typed key's render (a few
     * milliseconds for an ordinary article) then shows in the key's own frame, not one later.
     */
    private static final long SAME_FRAME_MILLIS = 8;

    private static final String SCRIPT = PreviewScript.text();

    private final PreviewAssets assets = new PreviewAssets();
    private final PagePatch.Differ differ = new PagePatch.Differ();
    private final IncrementalChunks incremental = new IncrementalChunks();
    private final ReadOnlyLongWrapper shownVersion = new ReadOnlyLongWrapper(this, "shownVersion", -1);
    private final LinkBridge bridge;
    private boolean loaded;
    /** The lines last revealed and aligned on this page; -1 for none. */
    private int revealed = -1, aligned = -1;

    private double scrollAfterLoad;
    private String shownTitle;
    private long loadingVersion = -1;
    private List<PagePatch> waiting = new ArrayList<>();
    private final SandboxedWebView<Request> view = new SandboxedWebView<>(
            "Preparing the preview…", true, "masthead-preview-render", this::render, this::viewReady);

    private record Request(long version, Article article, SiteProfile profile) {}

    /** {@code linkHandler}: where clicked links go (the system browser in the app). */
    public PreviewPane(Consumer<String> linkHandler) {
        this.bridge = new LinkBridge(linkHandler);
        getChildren().add(view);
    }

    /** The WebView exists now: shows what was rendered meanwhile. */
    private void viewReady() {
        var queued = waiting;
        waiting = new ArrayList<>();
        queued.forEach(this::apply);
    }

    /** The preview's engine; null until WebKit is loaded (see {@link #shownVersionProperty()}). */
    public WebEngine engine() {
        return view.engine();
    }

    /** The version of the last article the page shows; tests and the benchmark wait on it. */
    public ReadOnlyLongProperty shownVersionProperty() {
        return shownVersion.getReadOnlyProperty();
    }

    /** Shows an article; renders happen off the FX thread and only the newest pending one is made. */
    public void show(long version, Article article, SiteProfile profile) {
        view.submitForThisFrame(new Request(version, article, profile), SAME_FRAME_MILLIS);
    }

    /** Loads the next page whole (a different file was opened). */
    public void reset() {
        view.onWorkThread(() -> {
            differ.reset();
            incremental.reset();
        });
    }

    /** How far the page is scrolled, in CSS pixels (0 while none is loaded). */
    public double scrollY() {
        return loaded && view.engine().executeScript("window.scrollY") instanceof Number n ? n.doubleValue() : 0;
    }

    /** Scrolls the next page loaded whole to {@code y} (a tab shown again). */
    public void scrollAfterLoad(double y) {
        scrollAfterLoad = y;
    }

    /**
     * Brings the block at a file line into view. Typing keeps the caret on one line and would ask
     * for the same line at every key: the page measures its blocks for it, a layout of the whole
     * page in the key's time, so a line asked for again is not sought again until another page loads.
     */
    public void reveal(int line) {
        if (!loaded || line == revealed) return;
        revealed = line;
        view.engine().executeScript("window.__mh && __mh.reveal(" + line + ")");
    }

    /**
     * Shows the block at a file line at the top of the view (the editor's top line), or the page's
     * end. The same top line is not aligned again (see {@link #reveal}); the end always is, as the
     * page grows there while the writer types.
     */
    public void alignTop(int line, boolean atEnd) {
        if (!loaded || (line == aligned && !atEnd)) return;
        aligned = atEnd ? -1 : line;
        view.engine().executeScript("window.__mh && __mh.alignTop(" + line + "," + atEnd + ")");
    }

    public void dispose() {
        view.dispose();
    }

    /** On the render thread: the page for a request, as a patch of the shown one. */
    private Runnable render(Request r) {
        try {
            RenderedPage page =
                    ArticleRenderer.render(r.article(), r.profile(), PageOptions.preview(assets, incremental));
            PagePatch patch = differ.next(r.version(), page);
            return () -> apply(patch);
        } catch (RuntimeException e) {
            differ.reset();
            incremental.reset();
            return () -> showError(e);
        }
    }

    private void apply(PagePatch patch) {
        WebEngine engine = view.engine();
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
            view.load(patch.fullPage(), this::pageLoaded);
            return;
        }
        if (!loaded) {
            waiting.add(patch);
            return;
        }
        if (!patch.changesNothing()) {
            JSObject mh = (JSObject) engine.executeScript("window.__mh");
            if (patch.top() != null) mh.call("setTop", patch.top());
            if (patch.frame() != null) {
                mh.call("setFrame", patch.frame());
                if (dark) applyDark(engine);
                shownTitle = patch.title(); // the template's head brought its own <title>
            }
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

    /**
     * The dark theme's colours for Masthead's own page (a site's own stylesheet is its own look):
     * the page's colour variables, set in a style element so the page is not loaded again.
     */
    static final String DARK_PAGE = ":root{--ink:#e4e6e9;--muted:#a9aeb5;--rule:#3a3d43;--paper:#1c1e22;"
            + "--accent:#f39a90;--code-bg:#2a2d32;}a{color:#8cc4ff;}";

    private boolean dark;
    private double zoom = 1;

    /** The page's zoom (View ▸ Zoom In, with the editor's). */
    public void setZoom(double value) {
        zoom = value;
        if (view.web() != null) view.web().setZoom(value);
    }

    /** Shows the page in the window's dark or light colours. */
    public void setDark(boolean value) {
        dark = value;
        if (loaded && view.engine() != null) applyDark(view.engine());
    }

    private void applyDark(WebEngine engine) {
        engine.executeScript("(function(d){var s=document.getElementById('mh-dark');"
                + "if(!d){if(s)s.remove();return;}if(!s){s=document.createElement('style');s.id='mh-dark';"
                + "document.head.appendChild(s);}s.textContent=" + JsonText.quote(DARK_PAGE) + ";})(" + dark + ")");
    }

    private void pageLoaded() {
        revealed = -1;
        aligned = -1;
        WebEngine engine = view.engine();
        engine.executeScript(SCRIPT);
        if (dark) applyDark(engine);
        if (view.web().getZoom() != zoom) view.web().setZoom(zoom);
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("__mhBridge", bridge);
        loaded = true;
        if (scrollAfterLoad > 0) engine.executeScript("window.scrollTo(0," + scrollAfterLoad + ")");
        scrollAfterLoad = 0;
        shownVersion.set(loadingVersion);
        loadingVersion = -1;
        var queued = waiting;
        waiting = new ArrayList<>();
        queued.forEach(this::apply);
    }

    private void showError(RuntimeException e) {
        if (view.engine() == null) return;
        loaded = false;
        view.load(
                "<p style='font:14px sans-serif;color:#a3342c;padding:2em'>The preview could not be made: "
                        + Html.text(String.valueOf(e.getMessage())) + "</p>",
                () -> {});
    }
}
