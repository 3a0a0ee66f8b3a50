package org.masthead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The core knows nothing of JavaFX, the window or the command line. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/masthead");
    private static final List<String> NOT_CORE = List.of("ui", "cli", "fx");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(javafx\\.|org\\.masthead\\.ui\\b|org\\.masthead\\.cli\\b)");

    @Test
    void corePackagesImportNoJavaFxUiOrCli() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> core = corePackages();
        assertThat(core).extracting(p -> p.getFileName().toString())
                .contains("article", "profile", "check", "render", "export", "yaml");
        for (Path pkg : core) {
            try (Stream<Path> files = Files.walk(pkg)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("//") || line.startsWith("*")) continue;
                        if (FORBIDDEN.matcher(line).find()) offenders.add(f + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theTestNoticesAJavaFxImport() {
        assertThat(FORBIDDEN.matcher("import javafx.scene.Node;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import org.masthead.ui.MainWindow;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import org.masthead.render.Html;").find()).isFalse();
    }

    private static List<Path> corePackages() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory).filter(d -> !NOT_CORE.contains(d.getFileName().toString())).toList();
        }
    }
}
