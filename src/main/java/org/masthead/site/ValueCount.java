package org.masthead.site;

/** A value of a list field and the number of the site's articles that use it. */
public record ValueCount(String value, int count) {}
