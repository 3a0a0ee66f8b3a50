package org.masthead.spell;

import java.nio.file.Path;
import java.util.Optional;

import org.masthead.profile.SiteProfile;
import org.masthead.source.UserFolders;

/** Where the two word lists are: the site's beside its masthead.yml, the writer's in the user's data folder. */
public final class WordLists {
    /** The site's list, relative to the folder masthead.yml is in. */
    public static final String SITE_FILE = ".masthead/words.txt";

    /**
     * Linux: {@code $XDG_DATA_HOME/masthead}, else {@code ~/.local/share/masthead}; macOS:
     * {@code ~/Library/Application Support/Masthead}; Windows: {@code %LOCALAPPDATA%\Masthead\data}.
     */
    static final UserFolders DATA =
            new UserFolders("XDG_DATA_HOME", ".local/share", "Library/Application Support/Masthead", "Masthead/data");

    private WordLists() {}

    /** The site's list; none for an article outside a site (no masthead.yml above it). */
    public static Optional<WordList> site(SiteProfile profile) {
        if (profile.file() == null) return Optional.empty();
        Path folder = profile.siteFolder();
        return Optional.of(new WordList(folder.resolve(SITE_FILE), folder));
    }

    /** The writer's own list in this user's data folder. */
    public static Optional<WordList> user() {
        return dataFolder().map(WordLists::user);
    }

    /** The writer's own list in a data folder given (the window's, which tests set). */
    public static WordList user(Path dataFolder) {
        return new WordList(dataFolder.resolve("words.txt"), null);
    }

    /** This user's data folder. */
    public static Optional<Path> dataFolder() {
        return DATA.forThisUser();
    }
}
