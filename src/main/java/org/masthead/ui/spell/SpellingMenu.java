package org.masthead.ui.spell;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.masthead.spell.Speller;

/**
 * The items a right-click on a misspelt word puts first in its menu: up to five suggestions
 * (looked for off the FX thread, filled in while the menu is open), Ignore, Add to Site
 * Dictionary, Add to My Dictionary.
 */
public final class SpellingMenu {
    public static final int SUGGESTIONS = 5;

    private SpellingMenu() {}

    /**
     * @param replace puts a suggestion in the word's place
     * @param worker  where suggestions are looked for
     */
    public static List<MenuItem> items(
            String word, Speller speller, SpellingActions actions, Consumer<String> replace, Executor worker) {
        MenuItem looking = new MenuItem("Looking for suggestions…");
        looking.setDisable(true);
        looking.setId("spelling-looking");
        MenuItem ignore = item("Ignore “" + word + "” in This Article", "spelling-ignore", () -> actions.ignore(word));
        MenuItem site = item("Add to Site Dictionary", "spelling-add-site", () -> actions.addToSite(word));
        site.setDisable(!actions.hasSiteList());
        MenuItem mine = item("Add to My Dictionary", "spelling-add-user", () -> actions.addToUser(word));
        CompletableFuture.supplyAsync(() -> speller.suggest(word, SUGGESTIONS), worker)
                .thenAccept(found -> Platform.runLater(() -> fill(looking, found, replace)));
        return List.of(looking, new SeparatorMenuItem(), ignore, site, mine, new SeparatorMenuItem());
    }

    /** The placeholder becomes the suggestions, in the menu that holds it (open or not). */
    private static void fill(MenuItem looking, List<String> found, Consumer<String> replace) {
        var menu = looking.getParentPopup();
        if (menu == null) return;
        int at = menu.getItems().indexOf(looking);
        if (at < 0) return;
        if (found.isEmpty()) {
            looking.setText("No suggestions");
            return;
        }
        List<MenuItem> items = found.stream()
                .map(s -> item(s, "spelling-suggestion", () -> replace.accept(s)))
                .toList();
        menu.getItems().remove(at);
        menu.getItems().addAll(at, items);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setMnemonicParsing(false);
        m.getStyleClass().add(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
