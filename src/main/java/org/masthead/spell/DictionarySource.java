package org.masthead.spell;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one Hunspell dictionary's two files are: a folder on disk ({@code en_GB.aff} and
 * {@code en_GB.dic}) or the English (US) one inside the jar.
 *
 * @param tag   the language tag it is for ({@code en-GB})
 * @param where a path or name to show the writer
 */
public record DictionarySource(String tag, String where, Opener aff, Opener dic) {
    /** The bundled dictionary's resource folder; its licence is {@code en_US.LICENSE.txt} beside it. */
    static final String BUNDLED = "/org/masthead/spell/";

    /** Opens one of the two files. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    static DictionarySource files(String tag, Path aff, Path dic) {
        return new DictionarySource(
                tag, aff.getParent().toString(), () -> Files.newInputStream(aff), () -> Files.newInputStream(dic));
    }

    /** English (US), shipped with the app so that spelling works on a machine with no dictionaries. */
    static DictionarySource bundled() {
        return new DictionarySource("en-US", "built in", () -> resource("en_US.aff"), () -> resource("en_US.dic"));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DictionarySource.class.getResourceAsStream(BUNDLED + name);
        if (in == null) throw new IOException("the built-in dictionary is missing from the app (" + name + ")");
        return in;
    }
}
