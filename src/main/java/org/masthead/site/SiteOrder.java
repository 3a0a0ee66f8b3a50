package org.masthead.site;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The orders the site's list is shown in; newest first for dates, as writers look for recent work. */
public enum SiteOrder {
    DATE(Comparator.comparing(SiteEntry::date, Comparator.nullsLast(Comparator.reverseOrder()))),
    TITLE(Comparator.comparing(e -> e.title().toLowerCase(Locale.ROOT))),
    PATH(Comparator.comparing(SiteEntry::path));

    private final Comparator<SiteEntry> order;

    SiteOrder(Comparator<SiteEntry> order) {
        this.order = order.thenComparing(SiteEntry::path);
    }

    public List<SiteEntry> sort(List<SiteEntry> entries) {
        return entries.stream().sorted(order).toList();
    }
}
