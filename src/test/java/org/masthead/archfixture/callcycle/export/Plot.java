package org.masthead.archfixture.callcycle.export;

import org.masthead.archfixture.callcycle.render.Chart;

/** Fixture: calls back into render. */
public class Plot {
    public static void print() {
        Chart.draw();
    }
}
