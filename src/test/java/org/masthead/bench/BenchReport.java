package org.masthead.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Where a benchmark's figures go (the console and target/bench), and the cleanup of its scratch site. */
final class BenchReport {
    private BenchReport() {}

    static void publish(List<String> report, String fileName) throws IOException {
        report.forEach(System.out::println);
        Path out = Path.of("target/bench");
        Files.createDirectories(out);
        Files.write(out.resolve(fileName), report);
    }

    static void delete(Path site) throws IOException {
        if (!Files.exists(site)) return;
        try (Stream<Path> files = Files.walk(site)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
