package org.masthead.archfixture.fxui.fx;

import org.masthead.archfixture.fxui.ui.Window;

/** Fixture: fx, below ui, using it. */
public class Snapshot {
    Window window;
}
