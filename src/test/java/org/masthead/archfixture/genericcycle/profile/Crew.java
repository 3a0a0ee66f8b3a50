package org.masthead.archfixture.genericcycle.profile;

import java.util.List;

import org.masthead.archfixture.genericcycle.link.Berth;

/** Fixture: a cycle through type arguments only. */
public class Crew {
    List<Berth> berths;
}
