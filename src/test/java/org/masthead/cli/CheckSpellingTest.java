package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.CommandLineTest.run;

/** {@code masthead check --spelling}: misspelt words as tips with suggestions, in text and JSON. */
class CheckSpellingTest {
    @TempDir
    Path site;

    Path article;

    @BeforeEach
    void aSiteInAmericanEnglish() throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "language: en-US\n");
        article = Files.writeString(
                site.resolve("ferry.md"),
                "---\ntitle: \"The mornning ferry\"\ndescription: \"A crossing in fog.\"\ndate: 2024-05-01\n---\n\n"
                        + "The ferry left the quay at sevn, as it does.\n\n```\nnot checkd here\n```\n\n"
                        + "Skipper Quennell waved.\n");
    }

    @Test
    void textOutputNamesTheWordWithSuggestionsAtItsLineAndColumn() {
        var r = run("check", "--spelling", article.toString());
        assertThat(r.out())
                .contains("ferry.md:2:13: tip: [spelling] \"mornning\" (morning")
                .contains("ferry.md:7:28: tip: [spelling] \"sevn\" (")
                .contains("\"Quennell\"")
                .doesNotContain("checkd");
        assertThat(r.code()).isZero();
    }

    @Test
    void withoutTheOptionSpellingIsNotChecked() {
        assertThat(run("check", article.toString()).out()).doesNotContain("[spelling]");
    }

    @Test
    void theSitesWordListIsKnown() throws Exception {
        Files.createDirectories(site.resolve(".masthead"));
        Files.writeString(site.resolve(".masthead/words.txt"), "Quennell\n");
        assertThat(run("check", "--spelling", article.toString()).out()).doesNotContain("Quennell");
    }

    @Test
    void strictWithSpellingFailsOnAMisspeltWordButStrictAloneDoesNot() {
        assertThat(run("check", "--strict", article.toString()).code()).isZero();
        assertThat(run("check", "--strict", "--spelling", article.toString()).code())
                .isEqualTo(1);
    }

    @Test
    void jsonCarriesTheRule() {
        var r = run("check", "--spelling", "--format", "json", article.toString());
        JsonArray all = JsonParser.parseString(r.out()).getAsJsonArray();
        JsonObject first = null;
        for (var e : all) {
            if (e.getAsJsonObject().has("rule")
                    && e.getAsJsonObject().get("message").getAsString().contains("sevn")) first = e.getAsJsonObject();
        }
        assertThat(first).isNotNull();
        assertThat(first.get("rule").getAsString()).isEqualTo("spelling");
        assertThat(first.get("severity").getAsString()).isEqualTo("tip");
        assertThat(first.get("line").getAsInt()).isEqualTo(7);
    }

    @Test
    void aMissingDictionaryIsSaidOnceAndTheRunGoesOn() throws Exception {
        Files.writeString(site.resolve("masthead.yml"), "language: qx-ZZ\n");
        Files.copy(article, site.resolve("second.md"));
        var r = run("check", "--spelling", site.toString());
        assertThat(r.err()).containsOnlyOnce("No spelling dictionary for qx-ZZ");
        assertThat(r.err()).contains("2 articles checked");
        assertThat(r.out()).doesNotContain("[spelling]");
    }
}
