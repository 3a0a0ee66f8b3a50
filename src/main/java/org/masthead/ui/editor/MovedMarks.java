package org.masthead.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.masthead.spell.Misspelt;

/**
 * Where a paragraph's marks are after an edit, until it is checked again: each marked word found
 * again as a whole word nearest its old place. Typing before a misspelt word moves its mark with
 * it; a word changed loses its mark (the check decides about it).
 */
final class MovedMarks {
    private MovedMarks() {}

    static List<Misspelt> in(String line, List<Misspelt> before) {
        List<Misspelt> out = new ArrayList<>(before.size());
        int after = 0;
        for (Misspelt m : before) {
            int at = nearest(line, m.word(), m.start(), after);
            if (at < 0) continue;
            out.add(new Misspelt(at, at + m.word().length(), m.word()));
            after = at + m.word().length();
        }
        return out;
    }

    /** The start of the whole-word occurrence of {@code word} nearest {@code place}, from {@code from}; -1 if none. */
    private static int nearest(String line, String word, int place, int from) {
        int best = -1;
        for (int at = line.indexOf(word, from); at >= 0; at = line.indexOf(word, at + 1)) {
            if (!whole(line, at, at + word.length())) continue;
            if (best < 0 || Math.abs(at - place) < Math.abs(best - place)) best = at;
            if (at > place) break;
        }
        return best;
    }

    private static boolean whole(String line, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(line.charAt(start - 1)))
                && (end == line.length() || !Character.isLetterOrDigit(line.charAt(end)));
    }
}
