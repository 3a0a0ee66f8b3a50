package org.masthead.archfixture.callcycle.render;

/** Fixture: a cycle made of calls alone, no fields. */
public class Chart { public static void draw() { org.masthead.archfixture.callcycle.export.Plot.print(); } }
