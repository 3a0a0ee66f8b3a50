package org.masthead.archfixture.cliui.cli;

import org.masthead.archfixture.cliui.ui.Window;

/** Fixture: cli calling ui, its sibling at the top. */
public class OpenCommand {
    void run() {
        Window.open();
    }
}
