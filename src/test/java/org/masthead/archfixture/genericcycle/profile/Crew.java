package org.masthead.archfixture.genericcycle.profile;

/** Fixture: a cycle through type arguments only. */
public class Crew { java.util.List<org.masthead.archfixture.genericcycle.link.Berth> berths; }
