package org.masthead.ui.web;

import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * What a page's script calls when a link is clicked (the page never navigates itself): hands the
 * URL to the app on the FX thread. Public, with a public method, for the JavaScript bridge; whoever
 * sets it on a page keeps a reference, since the engine holds it only weakly.
 */
public final class LinkBridge {
    private final Consumer<String> handler;

    public LinkBridge(Consumer<String> handler) {
        this.handler = handler;
    }

    public void open(String url) {
        Platform.runLater(() -> handler.accept(url));
    }
}
