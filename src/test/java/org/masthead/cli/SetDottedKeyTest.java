package org.masthead.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code set} changes top-level keys only and says so rather than invent a key named "a.b". */
class SetDottedKeyTest {
    @TempDir
    Path dir;

    private static final String HEADER = "---\ntitle: Tides\nauthor:\n  name: Ann\n  url: https://ann.example\n"
            + "lang: en\n\"og.title\": Dotted key\n---\nBody\n";

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = MastheadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file() throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, HEADER, StandardCharsets.UTF_8);
        return md;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "author.name=Bea         | author.name     | author | a map",
                "author.email=b@x.example | author.email   | author | a map",
                "author.links.home=x     | author.links.home | author | a map",
                "lang.code=cy            | lang.code       | lang   | a value",
                "title.sub=x             | title.sub       | title  | a value"
            })
    void aDottedKeyUnderAnExistingKeyIsRefusedAndTheFileKept(String assignment, String key, String prefix, String what)
            throws Exception {
        Path md = file();
        Run r = run("set", md.toString(), "title=Changed", assignment.strip());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("no top-level key '" + key.strip() + "': '" + prefix.strip() + "' is " + what.strip())
                .contains("set changes top-level keys only")
                .contains(md + " was not changed");
        assertThat(Files.readString(md)).isEqualTo(HEADER);
    }

    @Test
    void unsetOfANestedKeyIsRefusedToo() throws Exception {
        Path md = file();
        Run r = run("set", md.toString(), "--unset", "author.url");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'author' is a map");
        assertThat(Files.readString(md)).isEqualTo(HEADER);
    }

    @Test
    void anExistingDottedKeyIsSetAsWritten() throws Exception {
        Path md = file();
        assertThat(run("set", md.toString(), "og.title=New card title").code()).isZero();
        assertThat(Files.readString(md)).isEqualTo(HEADER.replace("Dotted key", "New card title"));
    }

    @Test
    void aDottedKeyNamingNoKeyIsAddedAsWritten() throws Exception {
        Path md = file();
        assertThat(run("set", md.toString(), "twitter.card=summary").code()).isZero();
        assertThat(Files.readString(md)).contains("\ntwitter.card: summary\n");
        Run got = run("get", md.toString(), "twitter.card");
        assertThat(got.out().strip()).isEqualTo("summary");
    }
}
