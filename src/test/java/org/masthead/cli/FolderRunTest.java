package org.masthead.cli;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.CommandLineTest.run;

/** One bad article, link or folder in a folder run is reported for itself; the rest goes on. */
class FolderRunTest {
    @TempDir
    Path dir;

    Path site;
    Path outsideArticle;

    static final String GOOD = "---\ntitle: Good %d\n---\n\nA calm paragraph.\n";

    @BeforeEach
    void hostileFolder() throws Exception {
        site = Files.createDirectories(dir.resolve("site"));
        for (int i = 0; i < 3; i++) Files.writeString(site.resolve("good" + i + ".md"), GOOD.formatted(i));
        Files.writeString(site.resolve("alias.md"), "---\ntitle: x\na: &a [*a]\n---\nbody\n");
        Files.writeString(site.resolve("mapalias.md"), "---\nm: &m {self: *m}\n---\nbody\n");
        Files.writeString(site.resolve("quotes.md"), "---\ntitle: q\n---\n" + ">".repeat(10_000) + "\n");
        Files.writeString(site.resolve("list.md"), "---\ntitle: l\n---\n" + DeepBodies.list(2_000));
        Files.writeString(site.resolve("unclosed.md"), "---\ntitle: never closed\n");
        Files.write(site.resolve("latin1.md"), "---\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        outsideArticle = Files.writeString(dir.resolve("elsewhere.md"), GOOD.formatted(99));
        Files.createSymbolicLink(site.resolve("linked-out.md"), outsideArticle);
        Files.createSymbolicLink(site.resolve("broken.md"), site.resolve("missing.md"));
        Files.createSymbolicLink(site.resolve("same-as-good0.md"), Path.of("good0.md"));
        Path sub = Files.createDirectories(site.resolve("sub"));
        Files.writeString(sub.resolve("nested.md"), GOOD.formatted(5));
        Files.createSymbolicLink(sub.resolve("loop"), site);
        Files.createSymbolicLink(site.resolve("out-folder"), dir);
        Process fifo = new ProcessBuilder("mkfifo", site.resolve("pipe.md").toString()).start();
        assertThat(fifo.waitFor()).isZero();
    }

    private static JsonArray strictJson(String text) {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonElement e = JsonParser.parseReader(reader);
        return e.getAsJsonArray();
    }

    @Test
    void checkReportsEveryProblemAndPrintsOneValidJsonDocument() {
        CommandLineTest.Run r = run("check", site.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        JsonArray findings = strictJson(r.out());
        Map<String, String> firstMessage = new HashMap<>();
        for (JsonElement e : findings) {
            String file = Path.of(e.getAsJsonObject().get("file").getAsString())
                    .getFileName()
                    .toString();
            firstMessage.putIfAbsent(file, "");
            firstMessage.merge(file, e.getAsJsonObject().get("message").getAsString(), (a, b) -> a + " | " + b);
        }
        assertThat(firstMessage.get("alias.md")).contains("recursive alias");
        assertThat(firstMessage.get("mapalias.md")).contains("recursive alias");
        assertThat(firstMessage.get("quotes.md")).contains("nested more than");
        assertThat(firstMessage.get("list.md")).contains("nested more than");
        assertThat(firstMessage.get("linked-out.md")).contains("outside");
        assertThat(firstMessage.get("broken.md")).contains("does not exist");
        assertThat(firstMessage.get("pipe.md")).contains("not a regular file");
        assertThat(firstMessage.get("out-folder")).contains("outside");
        assertThat(firstMessage.get("loop")).contains("link loop");
        assertThat(firstMessage.get("latin1.md")).contains("UTF-8");
        assertThat(firstMessage).containsKeys("good0.md", "good1.md", "good2.md", "nested.md", "unclosed.md");
        assertThat(firstMessage).doesNotContainKey("same-as-good0.md");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void exportGoesOnPastEveryBadEntryAndSaysWhy() throws Exception {
        CommandLineTest.Run r =
                run("export", site.toString(), "-o", dir.resolve("out").toString());
        assertThat(r.code()).isEqualTo(1);
        for (String ok : new String[] {"good0", "good1", "good2", "quotes", "list", "sub/nested", "unclosed"}) {
            assertThat(dir.resolve("out/" + ok + ".html")).as(ok).isRegularFile();
        }
        assertThat(Files.readString(dir.resolve("out/quotes.html"))).contains("<pre");
        assertThat(dir.resolve("out/linked-out.html")).doesNotExist();
        assertThat(dir.resolve("out/same-as-good0.html")).doesNotExist();
        assertThat(r.err())
                .contains("alias.md", "recursive alias", "linked-out.md", "outside", "pipe.md", "link loop")
                .doesNotContain("Exception");
        assertThat(r.err()).containsPattern("Exported 7 of \\d+ articles, \\d+ failed");
        assertThat(Files.readString(outsideArticle)).isEqualTo(GOOD.formatted(99));
    }
}
