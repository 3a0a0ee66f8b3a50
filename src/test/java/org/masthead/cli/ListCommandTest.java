package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code masthead list}: the site's index for scripts. */
class ListCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonListsEveryArticleWithItsFields() throws Exception {
        Path root = Samples.copyTo(dir);
        CommandLineTest.Run r = CommandLineTest.run("list", root.toString(), "--format", "json", "--sort", "date");
        assertThat(r.code()).isZero();
        JsonArray rows = JsonParser.parseString(r.out()).getAsJsonArray();
        assertThat(rows.size()).isGreaterThanOrEqualTo(5);
        JsonObject first = rows.get(0).getAsJsonObject();
        assertThat(first.keySet())
                .containsExactly("path", "title", "date", "errors", "warnings", "tips", "tags", "draft", "problem");
        String newest = first.get("date").getAsString();
        for (var row : rows) {
            var date = row.getAsJsonObject().get("date");
            if (!date.isJsonNull()) assertThat(date.getAsString()).isLessThanOrEqualTo(newest);
        }
    }

    @Test
    void textLinesAndTheErrorsFilter() throws Exception {
        Path root = Samples.copyTo(dir);
        Files.writeString(root.resolve("site/articles/broken.md"), "---\ntitle: \"x\n---\n");
        CommandLineTest.Run all = CommandLineTest.run("list", root.toString());
        CommandLineTest.Run errors = CommandLineTest.run("list", root.toString(), "--errors");
        assertThat(all.out().lines()).anyMatch(l -> l.contains("winter-bread-notes.md\tNotes from a winter"));
        assertThat(errors.out().lines()).anyMatch(l -> l.contains("broken.md")).noneMatch(l -> l.contains("\t0E\t"));
        assertThat(errors.out().lines().count()).isLessThan(all.out().lines().count());
        assertThat(CommandLineTest.run("list", root.resolve("nowhere").toString())
                        .code())
                .isEqualTo(2);
    }
}
