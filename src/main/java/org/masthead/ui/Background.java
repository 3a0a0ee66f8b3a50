package org.masthead.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The window's background work: each kind on one named daemon thread, so it never keeps the app from quitting. */
public final class Background {
    private Background() {}

    public static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
