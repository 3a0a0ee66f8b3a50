package org.masthead.cards;

import java.util.List;

/**
 * A value a card shows and the tag it came from, with the tags the platform looked at first and
 * found empty: "og:title — twitter:title missing".
 *
 * @param tag the tag it came from, or empty when every tag in the chain was empty
 */
public record Sourced(String value, String tag, List<String> missing) {

    public Sourced {
        missing = List.copyOf(missing);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    public boolean isFallback() {
        return !missing.isEmpty() && !tag.isEmpty();
    }

    /** Where the value came from, in words. */
    public String describe() {
        if (tag.isEmpty()) return "nothing: " + String.join(", ", missing) + " all missing";
        return missing.isEmpty() ? tag : tag + " — " + String.join(", ", missing) + " missing";
    }
}
