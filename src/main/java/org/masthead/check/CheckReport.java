package org.masthead.check;

import java.util.List;

/**
 * What one run of the checks gives: the findings in file order and the body's readability (null
 * when the header does not parse, as the body's checks did not run).
 */
public record CheckReport(List<Finding> findings, Readability.Result readability) {
    public CheckReport {
        findings = List.copyOf(findings);
    }
}
