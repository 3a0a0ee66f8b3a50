package org.masthead.text;

/** Words, characters and reading time of a text, as the status bar shows them. */
public record TextStats(int words, int characters) {
    /** Words a minute of an average adult reading on screen. */
    public static final int WORDS_PER_MINUTE = 230;

    public static TextStats of(CharSequence text) {
        int words = 0, chars = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) continue;
            if (c != '\n' && c != '\r') chars++;
            boolean wordChar = Character.isLetterOrDigit(c) || c == '\'' || c == '’' || Character.isHighSurrogate(c);
            if (wordChar && !inWord) words++;
            inWord = wordChar;
        }
        return new TextStats(words, chars);
    }

    /** Whole minutes, at least one for any text. */
    public int readingMinutes() {
        return words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
