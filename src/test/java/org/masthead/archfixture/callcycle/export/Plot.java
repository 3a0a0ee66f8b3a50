package org.masthead.archfixture.callcycle.export;

/** Fixture: calls back into render. */
public class Plot { public static void print() { org.masthead.archfixture.callcycle.render.Chart.draw(); } }
