package org.masthead.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.source.SourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderSafetyTest {
    static final String BILLION_LAUGHS =
            """
            ---
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            ---
            The body survives.
            """;

    @Test
    void billionLaughsIsRefusedWithAClearErrorAndTheBodyKept() {
        long start = System.nanoTime();
        Article a = Article.of(Path.of("bomb.md"), BILLION_LAUGHS, false);
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        // Expanded, the header is 9^9 nodes: out of memory or many minutes. Refused, it takes
        // milliseconds (CoreBenchmark times it); 30 s only tells the two apart on a loaded machine.
        assertThat(seconds).isLessThan(30);
        assertThat(a.headerError()).isPresent();
        assertThat(a.headerError().get().getMessage()).startsWith("bomb.md:").contains("aliases");
        assertThat(a.body()).isEqualTo("The body survives.\n");
        assertThat(a.headerText()).contains("&i [*h");
    }

    @Test
    void typedTagsAreRefusedNotConstructed() {
        Article a = Article.of(
                Path.of("t.md"), "---\ntitle: ok\nevil: !!javax.script.ScriptEngineManager [x]\n---\nBody\n", false);
        SourceException e = a.headerError().orElseThrow();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("not allowed");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "---\nx: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        Article a = Article.of(null, deep, false);
        assertThat(a.headerError()).isPresent();
    }

    @Test
    void brokenYamlReportsTheLineAndColumnInTheFile() {
        String text = "---\ntitle: fine\ndes: \"unclosed\nother: x\n---\nBody stays\n";
        Article a = Article.of(Path.of("post.md"), text, false);
        SourceException e = a.headerError().orElseThrow();
        assertThat(e.file()).isEqualTo(Path.of("post.md"));
        assertThat(e.line()).isBetween(3, 5);
        assertThat(a.body()).isEqualTo("Body stays\n");
        Article b = Article.of(Path.of("post.md"), "---\n  title: a\n  des: b\n   bad: c: d\n---\n", false);
        SourceException e2 = b.headerError().orElseThrow();
        assertThat(e2.line()).isEqualTo(4);
        assertThat(e2.getMessage()).startsWith("post.md:4:");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecondOne() {
        Article a = Article.of(Path.of("d.md"), "---\ntitle: a\ndes: b\ntitle: c\n---\n", false);
        SourceException e = a.headerError().orElseThrow();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("title").contains("twice");
    }

    @Test
    void aHeaderThatIsNotAMapIsAnError() {
        Article a = Article.of(null, "---\n- just\n- a list\n---\n", false);
        assertThat(a.headerError().orElseThrow().reason()).contains("key: value");
    }

    @Test
    void invalidUtf8NamesTheLineAndIsNotReplaced() {
        byte[] bytes = "---\ntitle: ok\n---\nline\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Article.fromBytes(Path.of("x.md"), bytes))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("x.md:5:5:")
                .hasMessageContaining("UTF-8");
    }

    @Test
    void savingIsAtomicAndKeepsPermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.md");
        Files.writeString(file, "---\ntitle: a\n---\nBody\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Article a = ArticleFiles.read(file);
        Article b = new FrontMatterEditor(KeyPlacement.atEnd()).set(a, "title", "b");
        ArticleFiles.write(b);
        assertThat(Files.readString(file)).isEqualTo("---\ntitle: b\n---\nBody\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void savingIntoAMissingFolderFailsAndSaysWhere(@TempDir Path dir) {
        Article a = Article.of(dir.resolve("gone/a.md"), "text", false);
        assertThatThrownBy(() -> ArticleFiles.write(a)).hasMessageContaining("gone");
    }
}
