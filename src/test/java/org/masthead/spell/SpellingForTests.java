package org.masthead.spell;

import java.io.IOException;

/** The built-in English dictionary, loaded once for every test that needs it. */
public final class SpellingForTests {
    private static LoadedDictionary english;

    private SpellingForTests() {}

    public static synchronized LoadedDictionary english() throws IOException {
        if (english == null) english = LoadedDictionary.load(DictionarySource.bundled());
        return english;
    }
}
