package org.masthead.spell;

/** A word the dictionary and the word lists do not know, at {@code [start, end)} of what was checked. */
public record Misspelt(int start, int end, String word) {}
