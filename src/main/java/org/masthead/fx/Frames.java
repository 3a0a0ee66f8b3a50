package org.masthead.fx;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Work that waits for the scene's next frame to be laid out (what is on screen comes first). */
public final class Frames {
    private Frames() {}

    /** Runs {@code step} on the FX thread once the scene's next frame has been laid out. */
    public static void afterNextFrame(Scene scene, Runnable step) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(step);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code step} on the FX thread at the start of the scene's next frame, before its CSS and layout. */
    public static void atNextFrameStart(Scene scene, Runnable step) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePreLayoutPulseListener(once[0]);
            step.run();
        };
        scene.addPreLayoutPulseListener(once[0]);
    }
}
