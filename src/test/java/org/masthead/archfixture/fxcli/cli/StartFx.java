package org.masthead.archfixture.fxcli.cli;

import javafx.application.Platform;

/** Fixture: cli starting JavaFX itself instead of through fx. */
public class StartFx {
    void run() {
        Platform.exit();
    }
}
