package org.masthead.check;

import java.util.Locale;

/** How much a finding matters: errors break the page or its cards, warnings degrade them. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }
}
