package org.masthead.spell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Code fence lines: a fence opened with backticks is closed only by backticks, the same for tildes. */
public final class Fences {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~)");

    private Fences() {}

    /** The fence character a line opens or closes a fence with, or 0. */
    public static char marker(String line) {
        Matcher m = FENCE.matcher(line);
        return m.find() ? m.group(1).charAt(0) : 0;
    }
}
