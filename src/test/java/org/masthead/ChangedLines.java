package org.masthead;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines of a file an edit changed, numbered from 1 as an editor counts them. */
public final class ChangedLines {
    private ChangedLines() {}

    /** Lines of {@code after} that differ from {@code before}; the line count must be the same. */
    public static List<Integer> of(List<String> before, List<String> after) {
        assertThat(after).as("line count").hasSameSizeAs(before);
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) if (!before.get(i).equals(after.get(i))) changed.add(i + 1);
        return changed;
    }

    public static List<Integer> of(String before, String after) {
        return of(Arrays.asList(before.split("\n", -1)), Arrays.asList(after.split("\n", -1)));
    }
}
