package org.masthead.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code get}: merged keys, {flow} headers, null against empty, dotted paths, and JSON for scripts. */
class GetCommandTest {
    @TempDir
    Path dir;

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    private Path file(String header) throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, "---\n" + header + "---\nThe body.\n", StandardCharsets.UTF_8);
        return md;
    }

    private CommandLineTest.Run get(String header, String key) throws Exception {
        return run("get", file(header).toString(), key);
    }

    private String json(String header, String key) throws Exception {
        CommandLineTest.Run r = run("get", "--format", "json", file(header).toString(), key);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out().strip();
    }

    private static final String MERGED = String.join(
            "\n",
            "defaults: &d",
            "  author: Ann Lee",
            "  lang: en",
            "  section: coast",
            "extra: &e",
            "  lang: cy",
            "  licence: CC BY",
            "  <<: *d",
            "title: Tides",
            "<<: [*e, *d]",
            "section: harbour",
            "page:",
            "  <<: {layout: wide, lang: de}",
            "  lang: ga",
            "");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "author   | Ann Lee", // merged from the second map of the list, through the first's own merge
                "lang     | cy", // the first merged map wins over the second
                "licence  | CC BY",
                "section  | harbour", // the header's own key wins over every merge
                "title    | Tides",
                "page.layout | wide", // a merge inside a nested map
                "page.lang   | ga",
                "extra.author | Ann Lee"
            })
    void mergedKeysAreSeen(String key, String expected) throws Exception {
        CommandLineTest.Run r = get(MERGED, key.strip());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(expected.strip() + System.lineSeparator());
    }

    @Test
    void jsonShowsMergesResolved() throws Exception {
        assertThat(json(MERGED, "page")).isEqualTo("{\"lang\": \"ga\", \"layout\": \"wide\"}");
        assertThat(json(MERGED, "extra"))
                .isEqualTo(
                        "{\"lang\": \"cy\", \"licence\": \"CC BY\", \"author\": \"Ann Lee\", \"section\": \"coast\"}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{title: Flow, tags: [a, b]}\n'                          | title | Flow",
                "'{title: \"Quoted, with comma\", date: 2024-05-01}\n'     | title | Quoted, with comma",
                "'{\n  title: Over lines,\n  lang: en\n}\n'                | lang  | en",
                "'{meta: {og: {title: Deep}}, title: T}\n'                | meta.og.title | Deep",
                "'{<<: {author: Merged}, title: T}\n'                     | author | Merged",
                "'{title: T, tags: [x, y]}\n'                             | tags  | 'x\ny'"
            })
    void flowHeadersAreRead(String header, String key, String expected) throws Exception {
        CommandLineTest.Run r = get(header, key.strip());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList())
                .containsExactlyElementsOf(expected.strip().lines().toList());
    }

    @Test
    void nullPrintsNothingAndEmptyPrintsAnEmptyLine() throws Exception {
        String[][] cases = {
            // header, as JSON, as text
            {"k:\n", "null", ""},
            {"k: ~\n", "null", ""},
            {"k: null\n", "null", ""},
            {"k: NULL\n", "null", ""},
            {"k: \"\"\n", "\"\"", "\n"},
            {"k: ''\n", "\"\"", "\n"},
            {"k: \"null\"\n", "\"null\"", "null\n"},
            {"k: \"~\"\n", "\"~\"", "~\n"}
        };
        for (String[] c : cases) {
            CommandLineTest.Run r = get(c[0], "k");
            assertThat(r.code()).as(c[0]).isZero();
            assertThat(r.out()).as(c[0]).isEqualTo(c[2].replace("\n", System.lineSeparator()));
            assertThat(json(c[0], "k")).as(c[0]).isEqualTo(c[1]);
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'a:\n  b: inner\n\"a.b\": literal\n'  | a.b   | literal",
                "'a:\n  b: inner\n'                    | a.b   | inner",
                "'a:\n  b:\n    c: deep\n'             | a.b.c | deep",
                "'a:\n  b.c: dotted inside\n'          | a.b.c | dotted inside",
                "'x.y:\n  z: under a dotted key\n'     | x.y.z | under a dotted key",
                "'a:\n  - b: in a list\n'              | a     | '- b: in a list'"
            })
    void dottedKeysReadNestedMaps(String header, String key, String expected) throws Exception {
        CommandLineTest.Run r = get(header, key.strip());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().strip()).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'a:\n  b: 1\n'      | a.c",
                "'a: scalar\n'       | a.b",
                "'a:\n  - b: 1\n'    | a.b",
                "'a:\n  b: 1\n'      | a.b.c",
                "'title: T\n'        | ''",
                "'a:\n  b: 1\n'      | b"
            })
    void missingPathsAreRefusedByName(String header, String key) throws Exception {
        CommandLineTest.Run r = get(header, key);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no key '" + key + "'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'title: A\ntitle: B\n'               | 3:1  | key 'title' appears twice",
                "'m:\n  x: 1\n  x: 2\n'                | 4:3  | key 'x' appears twice",
                "'<<: 3\ntitle: T\n'                   | 2:5  | a merge key (<<) takes a map",
                "'- one\n- two\n'                      | 2:1  | must be a list of 'key: value' lines",
                "'title: [unclosed\n'                  | 2:8  | 'not closed'",
                "'t: !!python/object:os.system x\n'    | 2:4  | is not allowed"
            })
    void brokenHeadersAreRefusedWithLineAndColumn(String header, String where, String message) throws Exception {
        Path md = file(header);
        CommandLineTest.Run r = run("get", md.toString(), "title");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("masthead get: " + md + ":" + where.strip() + ": ")
                .contains(message.strip());
    }

    @Test
    void aFileWithoutFrontMatterSaysSo() throws Exception {
        Path md = dir.resolve("plain.md");
        Files.writeString(md, "Just text.\n");
        CommandLineTest.Run r = run("get", md.toString(), "title");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no key 'title' (the file has no front matter)");
    }

    @Test
    void listsAndMapsAsTextAndAsJson() throws Exception {
        String header = "tags:\n  - tide\n  - \"coast, north\"\nauthor:\n  name: Ann\n  links: [a, b]\n";
        assertThat(get(header, "tags").out().lines().toList()).containsExactly("tide", "coast, north");
        assertThat(get(header, "author").out().lines().toList()).containsExactly("name: Ann", "links: [a, b]");
        assertThat(json(header, "tags")).isEqualTo("[\"tide\", \"coast, north\"]");
        assertThat(json(header, "author")).isEqualTo("{\"name\": \"Ann\", \"links\": [\"a\", \"b\"]}");
        assertThat(json("t: \"line\\none\\ttab \\\"q\\\"\"\n", "t")).isEqualTo("\"line\\none\\ttab \\\"q\\\"\"");
    }

    @Test
    void anAliasBombIsRefused() throws Exception {
        StringBuilder h = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            h.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++)
                h.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            h.append("]\n");
        }
        CommandLineTest.Run r = get(h.toString(), "a11");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("masthead get: ");
    }
}
