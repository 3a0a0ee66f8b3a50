package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** What the window remembers of its tabs between runs. */
class AppPrefsTest {
    private final Preferences node = Preferences.userRoot()
            .node("org/masthead/test/prefs-" + ProcessHandle.current().pid());
    private final AppPrefs prefs = new AppPrefs(node);

    @TempDir
    Path dir;

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void theTabsComeBackWithoutFilesGoneMeanwhileAndTheShownOneStaysShown() throws Exception {
        Path a = Files.writeString(dir.resolve("a.md"), "a");
        Path b = Files.writeString(dir.resolve("b.md"), "b");
        Path c = Files.writeString(dir.resolve("c.md"), "c");
        prefs.tabsOpen(new AppPrefs.OpenTabs(List.of(a, b, c), 2));
        assertThat(prefs.openTabs()).isEqualTo(new AppPrefs.OpenTabs(List.of(a, b, c), 2));

        Files.delete(a);
        assertThat(prefs.openTabs()).isEqualTo(new AppPrefs.OpenTabs(List.of(b, c), 1));
        Files.delete(c);
        assertThat(prefs.openTabs().files()).containsExactly(b);
        assertThat(prefs.openTabs().active()).isZero();

        prefs.tabsOpen(new AppPrefs.OpenTabs(List.of(), 0));
        assertThat(prefs.openTabs().files())
                .as("fewer tabs than before: none left over")
                .isEmpty();
    }
}
