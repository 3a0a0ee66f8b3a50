package org.masthead.archfixture.clean;

import org.masthead.archfixture.clean.cli.Command;
import org.masthead.archfixture.clean.ui.Window;

/** Fixture: the launcher may use both ui and cli. */
public class Start {
    Command command;
    Window window;
}
