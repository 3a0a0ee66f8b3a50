package org.masthead.archfixture.genericcycle.link;

import java.util.Map;

import org.masthead.archfixture.genericcycle.profile.Crew;

/** Fixture: names profile only inside a type argument. */
public class Berth {
    Map<String, Crew> crews;
}
