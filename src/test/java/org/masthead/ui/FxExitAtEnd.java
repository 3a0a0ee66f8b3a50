package org.masthead.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.stage.Window;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops JavaFX when the test run ends, before the JVM exits: the windows close and the toolkit
 * ends while WebKit's threads can still finish. Left running into the JVM's exit, WebKit now and
 * then aborted the process after every test had passed.
 */
public final class FxExitAtEnd implements LauncherSessionListener {
    @Override
    public void launcherSessionClosed(LauncherSession session) {
        CountDownLatch closed = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                for (Window w : Window.getWindows().toArray(new Window[0])) w.hide();
                closed.countDown();
                Platform.exit();
            });
            closed.await(10, TimeUnit.SECONDS);
        } catch (IllegalStateException e) {
            // JavaFX never started in this run: nothing to stop.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
