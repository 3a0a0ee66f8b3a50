package org.masthead.real;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real headers as a test: {@code mvn -B -Preal verify -Dreal.corpus=/folder/of/markdown}. Skipped in
 * the default run, which has no corpus. The counts go to target/real-headers.txt.
 */
@EnabledIfSystemProperty(named = "real.corpus", matches = ".+")
class RealHeadersTest {

    @Test
    void everyKeySetAndSetBackLeavesTheFileAsItWas() throws Exception {
        RealHeaders run = new RealHeaders();
        run.run(Path.of(System.getProperty("real.corpus")));
        String report = run.report();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "real-headers.txt"), report);
        System.out.println(report);
        assertThat(run.counts.get("files")).as("files with front matter").isPositive();
        // What must never happen fails the run; set-backs that are not byte-identical are counted for the report.
        for (String bad :
                List.of("noop changed bytes", "touched another key or line", "re-parse failures", "exceptions")) {
            assertThat(run.counts.get(bad)).as(bad + "\n" + report).isZero();
        }
    }
}
