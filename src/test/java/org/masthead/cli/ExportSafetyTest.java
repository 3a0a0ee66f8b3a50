package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.CommandLineTest.run;

/** Export never destroys what it did not create: articles, inputs, links, devices, other files. */
class ExportSafetyTest {
    static final String ARTICLE = "---\ntitle: A harbour at dusk\n---\n\nLanterns come on one by one.\n";

    @TempDir
    Path dir;

    Path a;

    @BeforeEach
    void article() throws Exception {
        a = write(dir.resolve("a.md"), ARTICLE);
    }

    static Path write(Path p, String text) throws Exception {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    private void assertRefusedAndUntouched(CommandLineTest.Run r, Path... untouched) throws Exception {
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).contains("error:").doesNotContain("Exception");
        for (Path p : untouched) assertThat(Files.readString(p)).isEqualTo(ARTICLE);
    }

    @Test
    void neverWritesOverAnArticleHoweverItIsNamed() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("dir"));
        Path other = write(dir.resolve("other.markdown"), ARTICLE);
        Path upper = write(dir.resolve("UPPER.MD"), ARTICLE);
        assertRefusedAndUntouched(run("export", a.toString(), "-o", a.toString()), a);
        assertRefusedAndUntouched(run("export", a.toString(), "-o", sub + "/./../a.md"), a);
        assertRefusedAndUntouched(run("export", a.toString(), "-o", other.toString()), a, other);
        assertRefusedAndUntouched(run("export", a.toString(), "-o", upper.toString()), a, upper);
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), a);
        assertRefusedAndUntouched(run("export", a.toString(), "-o", link.toString()), a);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void neverWritesThroughALinkOrALinkedFolderToAnInput() throws Exception {
        Files.createSymbolicLink(dir.resolve("a.html"), a);
        assertRefusedAndUntouched(run("export", a.toString()), a);
        Path linkedDir = Files.createSymbolicLink(dir.resolve("same"), dir);
        Path b = write(dir.resolve("b.md"), ARTICLE);
        // An article named directly may have any name; through a linked folder the output is that input.
        Path txt = write(dir.resolve("b.txt"), ARTICLE);
        assertRefusedAndUntouched(run("export", txt.toString(), "-o", txt.toString()), txt);
        assertRefusedAndUntouched(
                run("export", txt.toString(), "-o", linkedDir.resolve("b.txt").toString()), txt);
        assertRefusedAndUntouched(run("export", txt.toString(), b.toString(), "-o", dir.toString()), txt, b);
        Path victim = write(dir.resolve("victim.txt"), ARTICLE);
        Files.createSymbolicLink(dir.resolve("v.html"), victim);
        assertRefusedAndUntouched(
                run("export", b.toString(), "-o", dir.resolve("v.html").toString()), victim);
    }

    @Test
    void refusesNonRegularTargets() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder.html"));
        CommandLineTest.Run r = run(
                "export",
                a.toString(),
                "-o",
                folder.resolve("..").resolve("folder.html").toString());
        // A folder named as output takes the page inside it, never replaced by a file.
        assertThat(Files.isDirectory(folder)).isTrue();
        assertThat(r.code()).isZero();
        Path fifo = dir.resolve("pipe.html");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertRefusedAndUntouched(run("export", a.toString(), "-o", fifo.toString()), a);
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        Path dirLink = Files.createSymbolicLink(dir.resolve("dirlink.html"), folder);
        // A link to a folder named as output is that folder: the page goes inside, the link stays.
        assertThat(run("export", a.toString(), "-o", dirLink.toString()).code()).isZero();
        assertThat(Files.isSymbolicLink(dirLink)).isTrue();
        assertThat(folder.resolve("a.html")).isRegularFile();
        Path devLink = Files.createSymbolicLink(dir.resolve("null.html"), Path.of("/dev/null"));
        assertRefusedAndUntouched(run("export", a.toString(), "-o", devLink.toString()), a);
        assertThat(Files.isSymbolicLink(devLink)).isTrue();
    }

    @Test
    void anExistingFileThatIsNotAMastheadPageNeedsForce() throws Exception {
        Path notes = write(dir.resolve("notes.html"), "<p>my own page</p>");
        CommandLineTest.Run refused = run("export", a.toString(), "-o", notes.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("not a page Masthead exported", "--force");
        assertThat(Files.readString(notes)).isEqualTo("<p>my own page</p>");
        assertThat(run("export", a.toString(), "-o", notes.toString(), "--force")
                        .code())
                .isZero();
        assertThat(Files.readString(notes)).contains("<meta name=\"generator\" content=\"Masthead\">");
        // Now it is ours: exporting again needs no --force.
        assertThat(run("export", a.toString(), "-o", notes.toString()).code()).isZero();
        assertThat(run("export", a.toString()).code()).isZero();
        assertThat(run("export", a.toString()).code()).isZero();
    }

    @Test
    void twoArticlesForOnePageAreAnErrorNamingBoth() throws Exception {
        Path m = write(dir.resolve("a.markdown"), ARTICLE.replace("dusk", "dawn"));
        CommandLineTest.Run r = run("export", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(a.toString(), m.toString(), "also the page of");
        // In path order a.markdown comes first and keeps the page; a.md is the one reported.
        assertThat(r.err()).contains(a + ": not exported: its page");
        assertThat(Files.readString(dir.resolve("a.html")))
                .contains("A harbour at dawn")
                .doesNotContain("dusk");
        assertThat(r.err()).contains("Exported 1 of 2 articles, 1 failed");

        Path x = write(dir.resolve("x/same.md"), ARTICLE);
        Path y = write(dir.resolve("y/same.md"), ARTICLE.replace("dusk", "noon"));
        CommandLineTest.Run named = run(
                "export", x.toString(), y.toString(), "-o", dir.resolve("out").toString());
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.err()).contains(x.toString(), y.toString());
        assertThat(Files.readString(dir.resolve("out/same.html"))).contains("dusk");
    }

    @Test
    void pagesFollowTheUmaskAndAReplacedPageKeepsItsMode() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference"));
        assertThat(run("export", a.toString()).code()).isZero();
        Path page = dir.resolve("a.html");
        assertThat(Files.getPosixFilePermissions(page)).isEqualTo(Files.getPosixFilePermissions(reference));
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(run("export", a.toString()).code()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page)))
                .isEqualTo("rw-r-----");
    }
}
