package org.masthead.ui;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import org.masthead.document.ArticleDocument;
import org.masthead.spell.SpellLanguage;
import org.masthead.ui.spell.WindowSpelling;

/**
 * The status bar's spelling button: the shown article's language and how many words are marked;
 * its menu switches the language for this article, turns spelling off, leaves ALL-CAPS words alone
 * and chooses a folder of dictionaries (these three remembered).
 */
final class SpellingStatus extends MenuButton {
    private final WindowSpelling spelling;
    private final Supplier<ArticleDocument> shown;
    private final AppPrefs prefs;
    private long misspelt;

    SpellingStatus(WindowSpelling spelling, Supplier<ArticleDocument> shown, AppPrefs prefs) {
        this.spelling = spelling;
        this.shown = shown;
        this.prefs = prefs;
        setId("status-spelling");
        getStyleClass().add("status-spelling");
        setFocusTraversable(false);
        setOnShowing(e -> build());
        getItems().add(new MenuItem()); // a menu with no items never opens; build() fills it
        refresh();
    }

    /** The count from the last check. */
    void showMisspelt(long count) {
        misspelt = count;
        refresh();
    }

    void refresh() {
        ArticleDocument doc = shown.get();
        if (doc == null) {
            setText("");
            return;
        }
        SpellLanguage lang = spelling.language(doc);
        String state;
        if (!spelling.isOn()) state = "spelling off";
        else if (spelling.dictionary(doc).isEmpty()) state = "no dictionary";
        else state = misspelt == 1 ? "1 misspelt" : misspelt + " misspelt";
        setText(lang.tag() + " · " + state);
        setTooltip(new Tooltip("Spelling in " + lang.tag() + " (from " + lang.source() + ")"
                + spelling.dictionary(doc)
                        .map(d -> "; dictionary: " + d.where())
                        .orElse("")));
    }

    private void build() {
        getItems().clear();
        ArticleDocument doc = shown.get();
        Menu languages = new Menu("Language of This Article");
        languages.setId("spelling-languages");
        ToggleGroup group = new ToggleGroup();
        String now = doc == null ? "" : spelling.language(doc).tag();
        for (String tag : spelling.languages()) {
            RadioMenuItem item = new RadioMenuItem(tag);
            item.setToggleGroup(group);
            item.setSelected(tag.equals(now));
            item.setDisable(doc == null);
            item.setOnAction(e -> {
                spelling.useLanguage(doc, tag);
                refresh();
            });
            languages.getItems().add(item);
        }
        CheckMenuItem on = new CheckMenuItem("Check Spelling");
        on.setId("spelling-on");
        on.setSelected(spelling.isOn());
        on.setOnAction(e -> {
            spelling.setOn(on.isSelected());
            prefs.putFlag(SpellingSetup.ON, on.isSelected());
            refresh();
        });
        CheckMenuItem caps = new CheckMenuItem("Ignore Words in CAPITALS");
        caps.setSelected(spelling.skipsAllCaps());
        caps.setOnAction(e -> {
            spelling.setSkipAllCaps(caps.isSelected());
            prefs.putFlag(SpellingSetup.SKIP_CAPS, caps.isSelected());
        });
        MenuItem folder = new MenuItem("Dictionary Folder…");
        folder.setOnAction(e -> chooseFolder());
        getItems().setAll(languages, new SeparatorMenuItem(), on, caps, folder);
    }

    /** The dictionaries are found and loaded again at once, the folder's before the system's. */
    private void chooseFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Folder of Hunspell dictionaries (.aff and .dic)");
        Window w = getScene() == null ? null : getScene().getWindow();
        var chosen = c.showDialog(w);
        if (chosen == null) return;
        Path p = chosen.toPath();
        prefs.putText(SpellingSetup.FOLDER, p.toString());
        prefs.flush();
        spelling.useFinder(SpellingSetup.finder(prefs));
        refresh();
    }
}
