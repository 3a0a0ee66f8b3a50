package org.masthead.archfixture.genericcycle.link;

/** Fixture: names profile only inside a type argument. */
public class Berth { java.util.Map<String, org.masthead.archfixture.genericcycle.profile.Crew> crews; }
