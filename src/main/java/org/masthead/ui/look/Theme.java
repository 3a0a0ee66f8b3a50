package org.masthead.ui.look;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's colours: light, dark, or as the system is set (read once, off the FX thread, after
 * the first frame; light until it is known). The dark theme is Modena's own controls with other
 * base colours plus Masthead's, in {@code masthead-dark.css}; the preview follows it, and so does
 * every window the main window owns (dialogs, the comparison of two versions, Help, the site's
 * windows), from when it shows.
 */
public final class Theme {
    public enum Choice {
        SYSTEM,
        LIGHT,
        DARK;

        public static Choice parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return SYSTEM;
            }
        }
    }

    public static final String DARK_CSS = Objects.requireNonNull(
                    Theme.class.getResource("/org/masthead/ui/masthead-dark.css"))
            .toExternalForm();

    private final Scene scene;
    private final Consumer<Choice> remember;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(this, "dark");
    private Choice choice;
    private Boolean systemDark;
    private final ListChangeListener<Window> windows = c -> {
        while (c.next()) c.getAddedSubList().forEach(this::styleIfOwned);
    };

    public Theme(Scene scene, Choice initial, Consumer<Choice> remember) {
        this.scene = scene;
        this.remember = remember;
        this.choice = initial;
        dark.addListener((o, was, now) -> {
            style(scene.getStylesheets());
            List.copyOf(Window.getWindows()).forEach(this::styleIfOwned);
        });
        Window.getWindows().addListener(windows);
        update();
    }

    /** Stops following the windows shown (the main window closed). */
    public void dispose() {
        Window.getWindows().removeListener(windows);
    }

    private void style(List<String> stylesheets) {
        if (dark.get() && !stylesheets.contains(DARK_CSS)) stylesheets.add(DARK_CSS);
        if (!dark.get()) stylesheets.remove(DARK_CSS);
    }

    private void styleIfOwned(Window w) {
        Window main = scene.getWindow();
        if (w.getScene() == null || w.getScene() == scene || main == null) return;
        for (Window o = w instanceof Stage s ? s.getOwner() : null;
                o != null;
                o = o instanceof Stage s ? s.getOwner() : null)
            if (o == main) {
                style(w.getScene().getStylesheets());
                // A dialog pane's own stylesheets win over the scene's: the dark one goes after them too.
                if (w.getScene().getRoot().lookup(".dialog-pane") instanceof Parent pane
                        && !pane.getStylesheets().isEmpty()) style(pane.getStylesheets());
                return;
            }
    }

    public Choice choice() {
        return choice;
    }

    public void choose(Choice c) {
        choice = c;
        remember.accept(c);
        update();
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    /** Reads the system's setting in the background (a command on some systems), then follows it. */
    public void readSystem() {
        CompletableFuture.supplyAsync(SystemTheme::prefersDark)
                .thenAccept(d -> Platform.runLater(() -> {
                    systemDark = d;
                    update();
                }));
    }

    private void update() {
        dark.set(
                switch (choice) {
                    case DARK -> true;
                    case LIGHT -> false;
                    case SYSTEM -> systemDark != null && systemDark;
                });
    }

    /** The scene the theme colours (tests). */
    public Scene scene() {
        return scene;
    }
}
