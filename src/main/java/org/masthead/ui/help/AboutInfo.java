package org.masthead.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What Help ▸ About says of the running program: Masthead's version (the jar's manifest, else the
 * version Maven wrote into the resources), and the Java and JavaFX it runs on.
 */
public record AboutInfo(String version, String java, String javaFx) {

    public static AboutInfo current() {
        return new AboutInfo(
                bundledVersion(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("javafx.runtime.version", "unknown"));
    }

    static String bundledVersion() {
        String manifest = AboutInfo.class.getPackage().getImplementationVersion();
        if (manifest != null) return manifest;
        Properties p = new Properties();
        try (InputStream in = AboutInfo.class.getResourceAsStream("/org/masthead/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "development");
    }
}
