package org.masthead.ui.look;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the system asks for dark windows. JavaFX 21 cannot tell, so this asks the system's own
 * setting: GNOME's color-scheme (and a dark GTK_THEME), macOS's AppleInterfaceStyle, Windows's
 * AppsUseLightTheme. Anything unreadable means light.
 */
final class SystemTheme {
    private SystemTheme() {}

    static boolean prefersDark() {
        String os = System.getProperty("os.name", "");
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null && gtk.toLowerCase(Locale.ROOT).contains("dark")) return true;
        if (os.startsWith("Mac"))
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("Dark");
        if (os.startsWith("Windows")) {
            return run(List.of(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme"))
                    .matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0\\b.*");
        }
        return isDarkScheme(run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
    }

    static boolean isDarkScheme(String gsettings) {
        return gsettings.contains("prefer-dark");
    }

    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
