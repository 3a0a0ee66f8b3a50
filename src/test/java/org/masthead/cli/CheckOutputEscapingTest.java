package org.masthead.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code check} and {@code export} print one finding per line, whatever the file's keys and values hold. */
class CheckOutputEscapingTest {
    @TempDir
    Path dir;

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    /** No control character a terminal acts on, and nothing that ends or reorders a line. */
    private static void plainLines(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n')
                    || (c >= 0x7F && c <= 0x9F)
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069');
            assertThat(control)
                    .as("character U+%04X at %d in %s", (int) c, i, text)
                    .isFalse();
        }
    }

    private Path article(String dateYaml, String oddKeyYaml) throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(
                md,
                "---\ntitle: Tides\ndate: " + dateYaml + "\n" + oddKeyYaml + ": 1\n---\nBody\n",
                StandardCharsets.UTF_8);
        return md;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "\"2024\\n13-40\"     | \"odd\\nkey\"          | 2024\\n13-40     | odd\\nkey",
                "\"2024\\r13-40\"     | \"odd\\rkey\"          | 2024\\r13-40     | odd\\rkey",
                "\"\\e[2J\\e[H13-40\"  | \"k\\e]0;title\\a\"     | \\x1b[2J\\x1b[H13-40 | k\\x1b]0;title\\x07",
                "\"13\\a40\\0\"        | \"bell\\akey\"         | 13\\x0740\\x00   | bell\\x07key",
                "\"\\x9b31m13-40\"     | \"csi\\x9bkey\"        | \\u009b31m13-40  | csi\\u009bkey",
                "\"\\u202E04-31-2024\" | \"rtl\\u2066key\\u2069\" | \\u202e04-31-2024 | rtl\\u2066key\\u2069",
                "\"a\\Lb\"             | \"tab\\tkey\"          | a\\u2028b        | tab\\tkey",
                "\"x\\x7fy\"           | \"del\\x7fkey\"        | x\\x7fy          | del\\x7fkey"
            })
    void checkPrintsOneFindingPerLine(String dateYaml, String keyYaml, String shownDate, String shownKey)
            throws Exception {
        Path md = article(dateYaml.strip(), keyYaml.strip());
        CommandLineTest.Run r = run("check", md.toString());
        plainLines(r.out());
        plainLines(r.err());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2).allMatch(l -> l.startsWith(md + ":"));
        assertThat(lines.get(0)).contains("date '" + shownDate.strip() + "'");
        assertThat(lines.get(1)).contains("[" + shownKey.strip() + "]");
    }

    @Test
    void exportWarningsAreEscapedTheSameWay() throws Exception {
        Path md = article("\"2024\\n\\e[31m13-40\"", "\"a\\nb\"");
        CommandLineTest.Run r =
                run("export", md.toString(), "-o", dir.resolve("a.html").toString());
        assertThat(r.code()).isZero();
        plainLines(r.err());
        assertThat(r.err().lines().filter(l -> l.contains(": warning: ")))
                .hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("2024\\n\\x1b[31m13-40"));
    }

    @Test
    void plainTextAndWindowsPathsAreUnchanged() {
        assertThat(TerminalText.line("C:\\articles\\tides.md:3:7: error: café – naïve ✓"))
                .isEqualTo("C:\\articles\\tides.md:3:7: error: café – naïve ✓");
        assertThat(TerminalText.line("a\u001b[2Jb\nc")).isEqualTo("a\\x1b[2Jb\\nc");
    }
}
