package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Two separate runs of set, there and back, give the file's bytes back. */
class SetCommandRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "title: Plain title; title=a: b",
                "count: 7; count=seven",
                "flag: true; flag=maybe",
                "order: -1; order=last",
                "stamp: 2024-01-05; stamp=soon",
                "quote: 'single'; quote=two",
                "des: | # note\\n  Some text\\n; des=Other text",
                "keep: |+\\n  kept\\n\\n; keep=gone",
                "fold: >-\\n  folded\\n; fold=a: b",
                "tags:\\n  - one # first\\n  # middle\\n  - two\\n; tags=one,two,three",
                "tags: ['ssr']; tags=ssr,csr",
                "aliases: ; aliases=somewhere"
            })
    void setThenSetBackInTwoRuns(String line, String assignment) throws Exception {
        String original = "---\nfirst: one\n" + line.replace("\\n", "\n") + (line.endsWith("\\n") ? "" : "\n")
                + "last: end\n---\nBody\n";
        Path f = dir.resolve("a.md");
        Files.writeString(f, original);
        String key = assignment.substring(0, assignment.indexOf('='));
        CommandLineTest.Run get = CommandLineTest.run("get", f.toString(), key);
        String value =
                get.out().endsWith("\n") ? get.out().substring(0, get.out().length() - 1) : get.out();
        if (key.equals("tags")) value = value.replace("\n", ","); // get prints a list one item a line
        assertThat(CommandLineTest.run("set", f.toString(), assignment).code()).isZero();
        assertThat(Files.readString(f))
                .isNotEqualTo(original)
                .endsWith("last: end\n---\nBody\n")
                .startsWith("---\nfirst: one\n");
        CommandLineTest.Run back = CommandLineTest.run("set", f.toString(), key + "=" + value);
        assertThat(back.code()).as(back.err()).isZero();
        assertThat(Files.readString(f)).isEqualTo(original);
    }
}
