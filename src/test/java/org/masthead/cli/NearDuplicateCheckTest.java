package org.masthead.cli;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.CommandLineTest.run;

/** {@code masthead check DIR} tells a list value spelt unlike the rest of the site, at the value. */
class NearDuplicateCheckTest {
    @TempDir
    Path site;

    Path odd;

    private static String article(int n, String tags) {
        return "---\ntitle: \"Article " + n + "\"\ndate: 2024-01-0" + n + "\ndescription: \"About scripts.\"\n"
                + "tags:\n" + tags + "---\n\nBody.\n";
    }

    @BeforeEach
    void aSiteWithOneOddSpelling() throws Exception {
        for (int i = 1; i <= 3; i++)
            Files.writeString(site.resolve("usual" + i + ".md"), article(i, "  - JavaScript\n  - recipes\n"));
        odd = Files.writeString(site.resolve("odd.md"), article(4, "  - recipes\n  - Javascript\n"));
    }

    @Test
    void theFolderRunReportsTheValueWithTheSitesUsualSpellingAndItsCount() {
        CommandLineTest.Run r = run("check", site.toString());
        assertThat(r.code()).as("a tip is not an error").isZero();
        assertThat(r.out().lines().filter(l -> l.contains("usually writes")))
                .containsExactly(odd + ":7:5: tip: [tags] \"Javascript\": the site usually writes \"JavaScript\""
                        + " (3 articles; written differently)");
        assertThat(r.err()).contains("4 articles checked", " warnings, 1 tips");
    }

    @Test
    void theJsonOutputStaysOneValidDocumentWithTheTip() {
        CommandLineTest.Run r = run("check", site.toString(), "--format", "json");
        JsonReader reader = new JsonReader(new StringReader(r.out()));
        reader.setStrictness(Strictness.STRICT);
        JsonArray all = JsonParser.parseReader(reader).getAsJsonArray();
        JsonObject tip = null;
        for (JsonElement e : all) {
            if (e.getAsJsonObject().get("message").getAsString().contains("usually writes")) tip = e.getAsJsonObject();
        }
        assertThat(tip).isNotNull();
        assertThat(tip.get("file").getAsString()).isEqualTo(odd.toString());
        assertThat(tip.get("line").getAsInt()).isEqualTo(7);
        assertThat(tip.get("column").getAsInt()).isEqualTo(5);
        assertThat(tip.get("severity").getAsString()).isEqualTo("tip");
        assertThat(tip.get("key").getAsString()).isEqualTo("tags");
    }

    @Test
    void namedFilesAloneAreNotASite() {
        assertThat(run("check", odd.toString(), site.resolve("usual1.md").toString())
                        .out())
                .doesNotContain("usually writes");
    }
}
