package org.masthead.ui.look;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

/**
 * The window's colours: light, dark, or as the system is set (read once, off the FX thread, after
 * the first frame; light until it is known). The dark theme is Modena's own controls with other
 * base colours plus Masthead's, in {@code masthead-dark.css}; the preview follows it.
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

    public Theme(Scene scene, Choice initial, Consumer<Choice> remember) {
        this.scene = scene;
        this.remember = remember;
        this.choice = initial;
        dark.addListener((o, was, now) -> {
            if (now) scene.getStylesheets().add(DARK_CSS);
            else scene.getStylesheets().remove(DARK_CSS);
        });
        update();
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
