package org.masthead.document;

/**
 * One change of a text: at {@code at}, {@code removed} was replaced by {@code inserted}. Undo keeps
 * these rather than whole texts, so a long history of a long article costs only what was typed.
 */
public record TextEdit(int at, String removed, String inserted) {

    /** The smallest edit that turns {@code before} into {@code after} (common start and end kept). */
    public static TextEdit between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = mismatch(before, after, max);
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // Never split a surrogate pair: the caret and the views count whole characters.
        if (prefix > 0 && prefix < before.length() && Character.isLowSurrogate(before.charAt(prefix))) prefix--;
        return new TextEdit(
                prefix,
                before.substring(prefix, before.length() - suffix),
                after.substring(prefix, after.length() - suffix));
    }

    private static int mismatch(String a, String b, int max) {
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** The text after this edit, given the text before it. */
    public String apply(String before) {
        return before.substring(0, at) + inserted + before.substring(at + removed.length());
    }

    /** The text before this edit, given the text after it. */
    public String revert(String after) {
        return after.substring(0, at) + removed + after.substring(at + inserted.length());
    }

    /** Whether {@code next} (made on the text after this one) only touches what this one inserted. */
    boolean absorbs(TextEdit next) {
        return next.at >= at && next.at + next.removed.length() <= at + inserted.length();
    }

    /** This edit followed by {@code next}, as one (only when {@link #absorbs} it). */
    TextEdit then(TextEdit next) {
        int from = next.at - at;
        String merged = inserted.substring(0, from) + next.inserted + inserted.substring(from + next.removed.length());
        return new TextEdit(at, removed, merged);
    }

    /** Characters this edit keeps in memory. */
    int size() {
        return removed.length() + inserted.length();
    }
}
