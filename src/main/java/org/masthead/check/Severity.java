package org.masthead.check;

import java.util.Locale;

/** How much a finding matters: errors break the page or its cards, warnings degrade them, tips are worth a look. */
public enum Severity {
    ERROR,
    WARNING,
    TIP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
