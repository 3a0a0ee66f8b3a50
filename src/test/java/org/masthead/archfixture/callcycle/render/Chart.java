package org.masthead.archfixture.callcycle.render;

import org.masthead.archfixture.callcycle.export.Plot;

/** Fixture: a cycle made of calls alone, no fields. */
public class Chart {
    public static void draw() {
        Plot.print();
    }
}
