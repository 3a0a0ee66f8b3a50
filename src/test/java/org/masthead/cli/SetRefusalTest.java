package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.article.HeaderOpening;

import static org.assertj.core.api.Assertions.assertThat;

/** set refuses what it cannot do faithfully, says where and why, and leaves the file byte for byte. */
class SetRefusalTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("article.md");
        Files.writeString(f, text);
        return f;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "---\\ntitle: Never closed\\n\\nBody text\\n; 1; never closed",
                "---\\n; 1; never closed",
                "---   \\ntitle: x\\n# still header?\\n; 1; never closed",
                "---\\r\\ntitle: crlf\\r\\nbody\\r\\n; 1; never closed",
                "+++\\ntitle = 'TOML'\\n+++\\nBody\\n; 1; TOML",
                "+++\\ntitle = 'unclosed TOML'\\n; 1; TOML",
                "\\n---\\ntitle: x\\n---\\nBody\\n; 2; after blank lines",
                "  \\n\\n---\\ntitle: x\\n---\\nBody\\n; 3; after blank lines"
            })
    void aHeaderMastheadCannotReadIsRefusedLikeCheckReportsIt(String text, int line, String words) throws Exception {
        String original = text.replace("\\n", "\n").replace("\\r", "\r");
        Path f = file(original);
        for (String[] args :
                new String[][] {{"set", f.toString(), "title=New"}, {"set", f.toString(), "--unset", "title"}}) {
            CommandLineTest.Run r = CommandLineTest.run(args);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err())
                    .contains(f + ":" + line + ":1: ")
                    .contains(words)
                    .contains("was not changed");
            assertThat(Files.readString(f)).isEqualTo(original);
        }
        CommandLineTest.Run check = CommandLineTest.run("check", f.toString());
        assertThat(check.out() + check.err()).contains(words);
    }

    @Test
    void theThreeOpeningsHaveOneMessageEach() {
        assertThat(HeaderOpening.of("---\nx: 1\n").orElseThrow().message()).isEqualTo(HeaderOpening.NEVER_CLOSED);
        assertThat(HeaderOpening.of("+++\nx = 1\n+++\n").orElseThrow().message())
                .isEqualTo(HeaderOpening.TOML);
        assertThat(HeaderOpening.of("\n---\nx: 1\n---\n").orElseThrow().line()).isEqualTo(2);
        assertThat(HeaderOpening.of("---\nx: 1\n---\n")).isEmpty();
        assertThat(HeaderOpening.of("# Title\n\n---\n")).isEmpty();
        assertThat(HeaderOpening.of("\n\n")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "---\\nname: &a Ada\\nuser: *a\\n---\\n; --unset; name; 'user' (line 3)",
                "---\\nbase: &b\\n  x: 1\\ncopy: *b\\n---\\n; --unset; base; 'copy' (line 4)",
                "---\\ntags: [&t a, b]\\nfirst: *t\\n---\\n; set; tags=b; 'first' (line 3)",
                "---\\ntags:\\n  - &t a\\nfirst: *t\\n---\\n; set; tags=c; 'first' (line 4)",
                "---\\nx: &v 1\\nmore:\\n  y: *v\\n---\\n; --unset; x; 'more' (line 3)"
            })
    void anEditThatWouldLeaveAnAliasWithoutItsAnchorIsRefused(String text, String how, String what, String who)
            throws Exception {
        String original = text.replace("\\n", "\n");
        Path f = file(original);
        CommandLineTest.Run r = how.equals("set")
                ? CommandLineTest.run("set", f.toString(), what)
                : CommandLineTest.run("set", f.toString(), "--unset", what);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(who).contains("was not changed");
        assertThat(Files.readString(f)).isEqualTo(original);
    }
}
