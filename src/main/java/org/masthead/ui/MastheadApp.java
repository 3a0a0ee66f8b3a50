package org.masthead.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.masthead.document.ArticleDocument;
import org.masthead.instance.HandOverServer;
import org.masthead.profile.BuiltInSchemas;
import org.masthead.profile.SiteProfile;

/** The desktop application: one window on the last run's tabs and the file asked for, else the last one or a sample. */
public final class MastheadApp extends Application {
    // JavaFX makes the Application itself, so what the launcher says is handed over here.
    private static volatile Path requested;
    private static volatile AppConfig config;
    private static volatile Optional<HandOverServer> handOvers = Optional.empty();

    /**
     * Opens the window and returns when it is closed.
     *
     * @param server when present, brings the files later launches hand over; they open in this window
     */
    public static void launchWindow(Path file, AppConfig settings, Optional<HandOverServer> server) {
        requested = file;
        config = settings;
        handOvers = server;
        Application.launch(MastheadApp.class);
    }

    @Override
    public void start(Stage stage) {
        AppConfig settings = config;
        MainWindow window =
                new MainWindow(stage, settings, url -> getHostServices().showDocument(url));
        for (int size : new int[] {16, 24, 32, 48, 64, 128, 256}) {
            var icon = MastheadApp.class.getResource("/org/masthead/ui/icons/masthead-" + size + ".png");
            if (icon != null) stage.getIcons().add(new Image(icon.toExternalForm()));
        }
        StartupTimes.watch(window, settings);
        if (Boolean.getBoolean("masthead.trace-latency")) LatencyTrace.watch(window, System.out::println);
        stage.show();
        // The tabs of the last run come back; the file asked for opens among them and is shown.
        window.reopenTabs();
        Optional<Path> file = Optional.ofNullable(requested);
        if (window.tabs().all().isEmpty())
            file = file.or(window.prefs()::lastFile).or(() -> bundledSample(settings.samplesFolder()));
        if (file.isEmpty() || !window.open(file.get())) {
            if (window.tabs().all().isEmpty())
                window.show(ArticleDocument.untitled(
                        BuiltInSchemas.ARTICLE, SiteProfile.defaults(Path.of(System.getProperty("user.home")))));
        }
        handOvers.ifPresent(server -> {
            HandOverReceiver receiver =
                    new HandOverReceiver(stage, window, f -> StartupTimes.handOverShown(window, settings, f));
            server.onRequest(h -> Platform.runLater(() -> receiver.receive(h.file())));
        });
        // After a crash or a kill, the unsaved text of the last run is offered once the window is up.
        if (!settings.exitAfterStartup()) Platform.runLater(window::offerRecovery);
    }

    /** The sample a new user sees first: in the samples folder given, else beside the working folder or the jar. */
    static Optional<Path> bundledSample(Optional<Path> samplesFolder) {
        Path rel = Path.of("samples", "site", "articles", "reading-the-tide-tables.md");
        if (samplesFolder.isPresent())
            return Optional.of(samplesFolder.get().resolve(rel.subpath(1, rel.getNameCount())))
                    .filter(Files::isRegularFile);
        Optional<Path> cwd = Optional.of(rel.toAbsolutePath()).filter(Files::isRegularFile);
        if (cwd.isPresent()) return cwd;
        try {
            Path jar = Path.of(MastheadApp.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(rel);
                if (Files.isRegularFile(candidate)) return Optional.of(candidate);
            }
        } catch (Exception e) {
            // No code source to look beside: start with a new article.
            System.getLogger(MastheadApp.class.getName())
                    .log(System.Logger.Level.DEBUG, "No jar to find the sample beside", e);
        }
        return Optional.empty();
    }
}
