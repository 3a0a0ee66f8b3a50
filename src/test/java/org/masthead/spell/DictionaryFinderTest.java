package org.masthead.spell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DictionaryFinderTest {
    /** A small dictionary of a made-up region of German: two stems and a plural suffix. */
    static Path germanFolder(Path dir) throws IOException {
        Files.writeString(dir.resolve("de_XX.aff"), "SET UTF-8\nSFX P Y 1\nSFX P 0 er .\n");
        Files.writeString(dir.resolve("de_XX.dic"), "3\nHaus/P\nBoot\nMeer\n");
        return dir;
    }

    @Test
    void aSecondLanguageComesFromAFolder(@TempDir Path dir) throws IOException {
        DictionaryFinder finder = new DictionaryFinder(List.of(germanFolder(dir)));
        DictionarySource de = finder.find("de-XX").orElseThrow();
        assertThat(de.tag()).isEqualTo("de-XX");
        Speller s = new Speller(LoadedDictionary.load(de), List.of(), Set.of(), true);
        assertThat(s.text("Haus Hauser Boot Meer").stream().map(Misspelt::word)).isEmpty();
        assertThat(s.text("Haus Bot").stream().map(Misspelt::word)).containsExactly("Bot");
        // A bare language takes any region's dictionary; a region takes only its own.
        assertThat(finder.find("de")).isPresent();
        assertThat(finder.find("de-AT")).isEmpty();
        assertThat(finder.available()).contains("de-XX", "en-US");
    }

    @Test
    void englishIsBuiltInButOnlyForTheUsOrNoRegion(@TempDir Path dir) {
        DictionaryFinder finder = new DictionaryFinder(List.of(dir));
        assertThat(finder.find("en-US").orElseThrow().where()).isEqualTo("built in");
        assertThat(finder.find("en").orElseThrow().tag()).isEqualTo("en-US");
        assertThat(finder.find("en-GB")).isEmpty();
    }

    @Test
    void aMissingDictionarySaysWhatToInstall() {
        assertThat(DictionaryFinder.missingAdvice("fr-FR"))
                .contains("fr-FR")
                .contains("hunspell-fr-fr")
                .contains("fr_FR.aff")
                .contains("Preferences");
    }

    @Test
    void aBrokenDictionaryIsAProblemNotACrash(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("xx_YY.aff"), "SFX A Y notanumber\n");
        Files.writeString(dir.resolve("xx_YY.dic"), "many\nwords\n");
        Dictionaries d = new Dictionaries(new DictionaryFinder(List.of(dir)), Runnable::run);
        Dictionaries.Result r = d.load("xx-YY").join();
        assertThat(r.dictionary()).isEmpty();
        assertThat(r.problem()).contains("xx-YY");
        assertThat(d.load("zz-ZZ").join().problem()).contains("No spelling dictionary for zz-ZZ");
    }

    @Test
    void systemFoldersFollowTheSystem() {
        assertThat(DictionaryFinder.systemFolders("Linux", "/home/w", Map.of()))
                .contains(Path.of("/usr/share/hunspell"), Path.of("/usr/share/myspell"));
        assertThat(DictionaryFinder.systemFolders("Mac OS X", "/Users/w", Map.of()))
                .contains(Path.of("/Users/w/Library/Spelling"));
        assertThat(DictionaryFinder.systemFolders("Windows 11", "C:/u", Map.of("LOCALAPPDATA", "C:/u/AppData/Local")))
                .isNotEmpty();
    }
}
