package org.masthead.ui.help;

import java.util.function.Consumer;

import javafx.scene.layout.StackPane;

import netscape.javascript.JSObject;
import org.masthead.text.Urls;
import org.masthead.ui.preview.PreviewScript;
import org.masthead.ui.web.LinkBridge;
import org.masthead.ui.web.SandboxedWebView;

/**
 * The guide in a sandboxed WebView: rendered off the FX thread, loaded once. Its links go to the
 * desktop's browser through the preview's own script; links to files beside the README (which the
 * app does not ship) and anything not http(s) do nothing.
 */
final class GuideView extends StackPane {
    private final LinkBridge bridge;
    private final SandboxedWebView<Boolean> view =
            new SandboxedWebView<>("Preparing the guide…", true, "masthead-guide", this::render, this::viewReady);
    private boolean loaded;
    private boolean dark;

    GuideView(Consumer<String> browser) {
        this.bridge = new LinkBridge(url -> {
            if (Urls.isAbsoluteHttp(url)) browser.accept(url);
        });
        getChildren().add(view);
        setId("guide-view");
    }

    SandboxedWebView<Boolean> view() {
        return view;
    }

    boolean isLoaded() {
        return loaded;
    }

    private void viewReady() {
        view.submit(true);
    }

    private Runnable render(Boolean ignored) {
        String html = GuidePage.html();
        return () -> view.load(html, this::pageLoaded);
    }

    private void pageLoaded() {
        view.engine().executeScript(PreviewScript.text());
        ((JSObject) view.engine().executeScript("window")).setMember("__mhBridge", bridge);
        loaded = true;
        applyDark();
    }

    /** Shows the guide in the window's dark or light colours. */
    void setDark(boolean value) {
        dark = value;
        if (loaded) applyDark();
    }

    private void applyDark() {
        view.engine().executeScript("document.documentElement.classList.toggle('dark', " + dark + ")");
    }

    void dispose() {
        view.dispose();
    }
}
